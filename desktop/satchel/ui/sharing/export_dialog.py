"""Export a case, or the whole vault, as an age-encrypted bundle for a colleague.

Recipients are validated as they are typed; a passphrase gets the usual strength check.
Identity fields go in only when the box is ticked, and then the dialog names them and
warns. The work runs in a worker with a progress bar and Cancel; a cancelled or failed
export leaves no file.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import InvalidInputError
from satchel.services.notebook.cases import get_case
from satchel.services.sharing.export import (
    ExportReport,
    ExportRequest,
    all_identity_fields,
    export_bundle,
)
from satchel.services.sharing.identity import parse_recipient
from satchel.ui.access.passphrase_fields import PassphraseFields
from satchel.ui.base.tasks import TaskProgress
from satchel.ui.base.text.labels import field_label
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.base.widgets.error_label import ErrorLabel
from satchel.ui.camouflage.app_brand import current_brand
from satchel.ui.shell.vault_controller import Change, VaultController
from satchel.work import CancelToken, Progress


class ExportDialog(QDialog):
    def __init__(
        self, controller: VaultController, case_id: uuid.UUID | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.case_id = case_id
        self.report: ExportReport | None = None
        self.setWindowTitle(self.tr("Export for a colleague"))
        self.setModal(True)
        self.setMinimumWidth(560)

        self._make_scope(case_id)
        self._make_protection()
        self.include_identities = QCheckBox(self.tr("Include &identities"))
        self.include_identities.setObjectName("includeIdentities")
        self.identity_warning = QLabel(self._identity_warning_text())
        self.identity_warning.setObjectName("identityWarning")
        self.identity_warning.setProperty("role", "error")
        self.identity_warning.setWordWrap(True)
        self.identity_warning.setVisible(False)

        self.destination = QLineEdit()
        self.destination.setObjectName("destination")
        self.destination.setAccessibleName(self.tr("Save the bundle as"))
        self.destination.setPlaceholderText(self.tr("Where to save the bundle (.age)"))
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.clicked.connect(self.choose_destination)

        self.error = ErrorLabel("exportError")
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.progress = TaskProgress()
        self.progress.done.connect(self._on_done)
        self.progress.failed.connect(self._on_failed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        self._lay_out()
        self.recipients.textChanged.connect(self._check_recipients)
        self.to_keys.toggled.connect(self._show_protection)
        self.include_identities.toggled.connect(self.identity_warning.setVisible)
        self.include_identities.toggled.connect(self._fit)
        controller.locking.connect(self._on_locking)
        self._show_protection()

    def _make_scope(self, case_id: uuid.UUID | None) -> None:
        self.case_choice = QRadioButton(self.tr("This &case"))
        self.case_choice.setObjectName("scopeCase")
        self.vault_choice = QRadioButton(self.tr("The &whole vault"))
        self.vault_choice.setObjectName("scopeVault")
        detail = self.controller.run(get_case, case_id) if case_id is not None else None
        if detail is not None:  # a case deleted meanwhile was reported; the vault is offered
            self.case_choice.setText(self.tr("This &case: {0}").format(detail.title))
            self.case_choice.setChecked(True)
        else:
            self.case_id = None
            self.case_choice.setEnabled(False)
            self.vault_choice.setChecked(True)
        scope_group = QButtonGroup(self)
        scope_group.addButton(self.case_choice)
        scope_group.addButton(self.vault_choice)

    def _make_protection(self) -> None:
        self.to_keys = QRadioButton(self.tr("To colleagues' sharing &keys (age)"))
        self.to_keys.setObjectName("toRecipients")
        self.to_passphrase = QRadioButton(self.tr("With a &passphrase"))
        self.to_passphrase.setObjectName("toPassphrase")
        protection_group = QButtonGroup(self)
        protection_group.addButton(self.to_keys)
        protection_group.addButton(self.to_passphrase)
        self.recipients = QPlainTextEdit()
        self.recipients.setObjectName("recipients")
        self.recipients.setTabChangesFocus(True)
        self.recipients.setPlaceholderText(self.tr("age1… (one sharing key per line)"))
        self.recipients.setAccessibleName(self.tr("Recipients' sharing keys, one per line"))
        self.recipients.setFixedHeight(80)
        self.recipient_problems = QLabel()
        self.recipient_problems.setObjectName("recipientProblems")
        self.recipient_problems.setProperty("role", "error")
        self.recipient_problems.setWordWrap(True)
        self.passphrase = PassphraseFields()
        self.to_keys.setChecked(True)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        scope = QGroupBox(self.tr("What to export"))
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(self.case_choice)
        scope_layout.addWidget(self.vault_choice)
        layout.addWidget(scope)
        protection = QGroupBox(self.tr("Who can open it"))
        protection_layout = QVBoxLayout(protection)
        protection_layout.addWidget(self.to_keys)
        protection_layout.addWidget(self.recipients)
        protection_layout.addWidget(self.recipient_problems)
        protection_layout.addWidget(self.to_passphrase)
        protection_layout.addWidget(self.passphrase)
        layout.addWidget(protection)
        layout.addWidget(self.include_identities)
        layout.addWidget(self.identity_warning)
        save_label = QLabel(self.tr("&Save as"))
        save_label.setBuddy(self.destination)
        layout.addWidget(save_label)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _identity_warning_text(self) -> str:
        names = ", ".join(field_label(name) for name in all_identity_fields())
        return self.tr(
            "The bundle will hold these identity fields in clear for anyone who can open it: "
            "{0}. Include them only if your colleague needs them and the channel is safe."
        ).format(names)

    def _show_protection(self) -> None:
        by_key = self.to_keys.isChecked()
        self.recipients.setVisible(by_key)
        self.recipient_problems.setVisible(by_key and bool(self.recipient_problems.text()))
        self.passphrase.setVisible(not by_key)
        self._fit()

    def _fit(self) -> None:
        """Grow to the new content once Qt has laid it out (the passphrase fields, the
        identity warning); earlier the size hints still describe the old content."""
        QTimer.singleShot(0, self, self._grow)  # dropped if the dialog is gone by then

    def _grow(self) -> None:
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _recipient_lines(self) -> list[str]:
        return [line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()]

    def _check_recipients(self) -> None:
        """Live check: name each line that is not an age public key."""
        problems = []
        for number, line in enumerate(self.recipients.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            try:
                parse_recipient(line)
            except InvalidInputError:
                problems.append(self.tr("Line {0}: not an age public key.").format(number))
        self.recipient_problems.setText(" ".join(problems))
        self.recipient_problems.setVisible(bool(problems) and self.to_keys.isChecked())

    def choose_destination(self) -> None:
        prefix = current_brand().package
        name = f"{prefix}-case.age" if self.case_choice.isChecked() else f"{prefix}-vault.age"
        start = self.destination.text() or str(Path.home() / name)
        path, _filter = file_dialogs.get_save_file_name(  # Qt's dialog, leaving no trace
            self,
            self.tr("Save the bundle"),
            start,
            self.tr("age bundles (*.age)"),
        )
        if path:
            self.destination.setText(path if path.endswith(".age") else f"{path}.age")

    def request(self) -> ExportRequest | str:
        """The export to run, or what is missing, in words for the user."""
        target = self.destination.text().strip()
        if not target:
            return self.tr("Choose where to save the bundle.")
        if self.to_keys.isChecked():
            lines = self._recipient_lines()
            if not lines:
                return self.tr("Paste at least one colleague's sharing key (age1…).")
            if self.recipient_problems.text():
                return self.recipient_problems.text()
            recipients, passphrase = tuple(lines), None
        else:
            problem = self.passphrase.problem()
            if problem:
                return problem
            recipients, passphrase = (), self.passphrase.passphrase()
        fields = all_identity_fields() if self.include_identities.isChecked() else ()
        return ExportRequest(
            destination=Path(target),
            case_id=self.case_id if self.case_choice.isChecked() else None,
            recipients=recipients,
            passphrase=passphrase,
            identity_fields=fields,
        )

    def start_export(self) -> None:
        request = self.request()
        if isinstance(request, str):
            self.error.setText(request)
            return
        self.error.clear()
        self.status.setText(self.tr("Encrypting…"))
        self._set_busy(True)
        session = self.controller.session

        def work(progress: Progress, cancel: CancelToken) -> ExportReport:
            return export_bundle(session, request, progress=progress, cancel=cancel)

        self.progress.start(work)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.browse_button, self.destination):
            widget.setEnabled(not busy)

    def _on_done(self, report: object) -> None:
        self._set_busy(False)
        assert isinstance(report, ExportReport)
        self.report = report
        what = (
            self.tr("with identity fields")
            if report.identity_fields
            else self.tr("pseudonyms only")
        )
        self.status.setText(self.tr("Saved {0} ({1}).").format(str(report.path), what))
        self.controller.changed.emit(Change.ACTIVITY)

    def _on_failed(self, error: object) -> None:
        self._set_busy(False)
        self.status.clear()
        self.error.setText(user_message(error))

    def _on_locking(self) -> None:
        self.progress.cancel()

    def reject(self) -> None:
        """Closing while the export runs cancels it; nothing is written."""
        self.progress.cancel()
        super().reject()


def show_export_dialog(
    parent: QWidget, controller: VaultController, case_id: uuid.UUID | None = None
) -> ExportDialog:
    """Open the export dialog (for one case when `case_id` is given); it runs on its own."""
    dialog = ExportDialog(controller, case_id, parent)
    dialog.show()
    return dialog
