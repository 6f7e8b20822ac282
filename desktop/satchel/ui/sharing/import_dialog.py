"""Import a colleague's bundle: pick the file, give its passphrase if it has one, preview
what would change (new / updated / conflicts), then merge and show the report.

Decrypting and checking happen in a worker; the decrypted bundle stays in memory only, in
this dialog, until it is merged or the dialog closes. The merge is one transaction, so
Cancel or a failure leaves the vault as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import cast

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import VaultError
from satchel.services.coercion.travel_keeping import holds_travel_backup, save_travel_backup
from satchel.services.sharing.importing import (
    Bundle,
    ImportReport,
    bundle_needs_passphrase,
    import_bundle,
    open_bundle,
    plan_import,
    read_bundle_file,
)
from satchel.ui.base.tasks import TaskProgress, Work
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.base.widgets.error_label import ErrorLabel
from satchel.ui.shell.vault_controller import Change, VaultController
from satchel.work import CancelToken, Progress

HEADER_BYTES = 64 * 1024
TRAVEL_BACKUP = "travel-backup"  # the preview's answer for a colleague's travel bundle
CHANGED_KINDS = (
    Change.CASE,
    Change.PERSON,
    Change.NOTE,
    Change.CHECKLIST,
    Change.ATTACHMENT,
    Change.ACTIVITY,
)


class ImportBundleDialog(QDialog):
    def __init__(self, controller: VaultController, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.bundle: Bundle | None = None
        self.needs_passphrase = False
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import a colleague's bundle"))
        self.setModal(True)
        self.setMinimumWidth(560)

        self.path = QLineEdit()
        self.path.setObjectName("bundlePath")
        self.path.setAccessibleName(self.tr("Bundle file"))
        self.path.setPlaceholderText(self.tr("The .age file you received"))
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.passphrase_label = QLabel(self.tr("Bundle &passphrase"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("bundlePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Bundle passphrase"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("importSummary")
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("What the import does"))
        self.error = ErrorLabel("importError")
        self.progress = TaskProgress()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = self.buttons.addButton(
            self.tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setObjectName("previewButton")
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.save_button = self.buttons.addButton(
            self.tr("&Save the backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("saveTravelBackup")
        self.save_button.hide()  # only for a colleague's travel bundle
        self.save_button.clicked.connect(self.choose_save_folder)
        self.travel_backup = False  # the file is a colleague's travel bundle
        self.saved: Path | None = None
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        self._lay_out()
        self.path.textChanged.connect(self._on_path)
        controller.locking.connect(self._drop)
        self._on_path()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("Bundle &file"))
        file_label.setBuddy(self.path)
        layout.addWidget(file_label)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        path, _filter = file_dialogs.get_open_file_name(  # Qt's dialog, leaving no trace
            self,
            self.tr("Choose a bundle"),
            self.path.text() or str(Path.home()),
            self.tr("age bundles (*.age);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def _on_path(self) -> None:
        """A new file: forget the previous preview; ask for a passphrase only if it needs one."""
        self.bundle = None
        self.import_button.setEnabled(False)
        self._show_travel(False)
        self.summary.clear()
        self.error.clear()
        needs = False
        text = self.path.text().strip()
        if text and Path(text).is_file():
            try:
                with Path(text).open("rb") as handle:
                    needs = bundle_needs_passphrase(handle.read(HEADER_BYTES))
            except (OSError, VaultError):
                needs = False  # the preview names the problem
        self.needs_passphrase = needs
        self.passphrase_label.setVisible(needs)
        self.passphrase.setVisible(needs)

    def start_preview(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose the bundle file first."))
            return
        path = Path(text)
        secret = self.passphrase.text() if self.needs_passphrase else None
        session = self.controller.session
        self.error.clear()
        self.summary.setPlainText(self.tr("Decrypting and checking…"))

        def work(progress: Progress, cancel: CancelToken) -> tuple[Bundle, ImportReport] | str:
            progress(0.1)
            if holds_travel_backup(session, path):  # decrypts its first bytes only
                return TRAVEL_BACKUP
            bundle = open_bundle(session, read_bundle_file(path), secret, cancel=cancel)
            progress(0.8)
            return bundle, plan_import(session, bundle)

        self._run(work, self._on_preview)

    def start_import(self) -> None:
        bundle = self.bundle
        if bundle is None:
            return
        session = self.controller.session

        def work(progress: Progress, cancel: CancelToken) -> ImportReport:
            return import_bundle(session, bundle, progress=progress, cancel=cancel)

        self._run(work, self._on_imported)

    def _run(
        self,
        work: Work,
        done: Callable[[object], None],
    ) -> None:
        self._set_busy(True)
        progress = self.progress

        def finished(result: object) -> None:
            disconnect()
            self._set_busy(False)
            done(result)

        def failed(error: object) -> None:
            disconnect()
            self._set_busy(False)
            self.summary.clear()
            self.error.setText(user_message(error))

        def disconnect() -> None:
            progress.done.disconnect(finished)
            progress.failed.disconnect(failed)

        progress.done.connect(finished)
        progress.failed.connect(failed)
        progress.start(work)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.preview_button,
            self.browse_button,
            self.path,
            self.passphrase,
            self.save_button,
        ):
            widget.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.bundle is not None)

    # a colleague's travel bundle: kept for them, never imported ------------------------------
    def _show_travel(self, travel: bool) -> None:
        self.travel_backup = travel
        self.saved = None
        self.save_button.setVisible(travel)
        self.import_button.setVisible(not travel)

    def choose_save_folder(self) -> None:
        chosen = file_dialogs.get_existing_directory(
            self, self.tr("Folder for your colleague's backup"), str(Path.home())
        )
        if chosen:
            self.start_save(Path(chosen))

    def start_save(self, folder: Path) -> None:
        """Save the backup inside the travel bundle into `folder`, off the UI thread."""
        bundle, session = Path(self.path.text().strip()), self.controller.session
        self.error.clear()

        def work(progress: Progress, cancel: CancelToken) -> Path:
            return save_travel_backup(session, bundle, folder, progress=progress, cancel=cancel)

        self._run(work, self._on_saved)

    def _on_saved(self, result: object) -> None:
        assert isinstance(result, Path)
        self.saved = result
        self.save_button.setEnabled(False)  # saved once; another copy would only confuse
        self.summary.setPlainText(
            self.tr(
                "Saved the backup file {0} in {1}. Give this file back to your colleague when "
                "they return; they choose it in Vault ▸ Return from travel… You can delete the "
                "bundle itself."
            ).format(result.name, result.parent)
        )

    def _on_preview(self, result: object) -> None:
        if result == TRAVEL_BACKUP:
            self._show_travel(True)
            self.summary.setPlainText(
                self.tr(
                    "This bundle holds a colleague's travel backup, not records to import. You "
                    "cannot read it: it opens only with their passphrase. Save the backup file "
                    "it holds for them, and give it back when they return (on a USB stick, for "
                    "example). Nothing is added to your vault."
                )
            )
            return
        bundle, plan = cast(tuple[Bundle, ImportReport], result)
        self.bundle = bundle
        self.import_button.setEnabled(True)
        manifest = bundle.manifest
        lines = [
            self.tr("A bundle of one case.")
            if manifest.scope == "case"
            else self.tr("A bundle of a whole vault."),
            self.tr("Identity fields included: {0}.").format(", ".join(manifest.identity_fields))
            if manifest.identity_fields
            else self.tr("Pseudonyms only (no identity fields)."),
            self.tr("It holds: {0}.").format(self.kinds_text(manifest.counts)),
            self._totals(plan, preview=True),
        ]
        lines.extend(self._conflict_lines(plan))
        self.summary.setPlainText("\n".join(lines))

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        self.report = result
        self.bundle = None  # merged: drop the decrypted copy from memory
        self.import_button.setEnabled(False)
        lines = [self.tr("Imported."), self._totals(result, preview=False)]
        lines.extend(self._conflict_lines(result))
        self.summary.setPlainText("\n".join(lines))
        for kind in CHANGED_KINDS:
            self.controller.changed.emit(kind)

    def kinds_text(self, counts: Mapping[str, int]) -> str:
        """ "3 cases, 12 people, 40 notes": what a bundle holds, kind by kind."""
        parts = [
            self.tr("%n case(s)", "", counts.get("cases", 0)),
            self.tr("%n person(s)", "", counts.get("people", 0)),
            self.tr("%n note(s)", "", counts.get("notes", 0)),
            self.tr("%n checklist(s)", "", counts.get("checklists", 0)),
            self.tr("%n file(s)", "", counts.get("attachments", 0)),
        ]
        kinds = ("cases", "people", "notes", "checklists", "attachments")
        shown = [part for part, kind in zip(parts, kinds, strict=True) if counts.get(kind)]
        return ", ".join(shown) or self.tr("nothing")

    def _totals(self, report: ImportReport, *, preview: bool) -> str:
        totals = report.totals
        text = (
            self.tr("Would add {0}, update {1}, keep {2} newer here; {3} conflicts; {4} unchanged.")
            if preview
            else self.tr(
                "Added {0}, updated {1}, kept {2} newer here; {3} conflicts; {4} unchanged."
            )
        )
        return text.format(
            totals["new"],
            totals["updated"],
            totals["kept"],
            totals["conflict"],
            totals["unchanged"],
        )

    def _conflict_lines(self, report: ImportReport) -> list[str]:
        if not report.conflicts:
            return []
        lines = [
            self.tr(
                "Conflicts (both versions kept and tagged import-conflict; the newer keeps its "
                "place):"
            )
        ]
        lines.extend(f"  • {c.kind}: {c.title}" for c in report.conflicts)
        return lines

    def _drop(self) -> None:
        """The vault is locking: cancel any work and forget the decrypted bundle."""
        self.progress.cancel()
        self.bundle = None
        self.summary.clear()
        self.reject()

    def reject(self) -> None:
        self.progress.cancel()
        self.bundle = None
        super().reject()


def show_import_bundle_dialog(parent: QWidget, controller: VaultController) -> ImportBundleDialog:
    """Open the import dialog; it runs on its own and announces what changed."""
    dialog = ImportBundleDialog(controller, parent)
    dialog.show()
    return dialog
