"""Create a vault: where, a passphrase (twice, strength-checked), then the recovery phrase.

Key derivation is calibrated to this machine (about a second on purpose), so it runs in a
BackgroundTask with a busy indicator; the window keeps responding. The session is handed
on (`created`) only after the user has typed three words of the recovery phrase back.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from satchel.services import access
from satchel.services.core.session import VaultSession
from satchel.ui.access.default_locations import default_vault_folder, new_folder_name
from satchel.ui.access.page_frame import centred_card, field_block, text_label
from satchel.ui.access.passphrase_fields import PassphraseFields
from satchel.ui.access.recovery_phrase_page import RecoveryPhraseStep
from satchel.ui.base.icons import icon
from satchel.ui.base.tasks import BackgroundTask
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.settings.app_settings import AppSettings
from satchel.work import Progress


def create_vault_session(
    folder: Path, passphrase: str, progress: Progress
) -> tuple[VaultSession, str]:
    """The one place the page creates a vault (calibrated). Tests replace this function."""
    return access.create(folder, passphrase, progress=progress)


class CreateVaultPage(QWidget):
    created = Signal(object, object)  # VaultSession, Path
    cancelled = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createVaultPage")
        self._settings = settings
        self.folder = default_vault_folder()
        self._session: VaultSession | None = None
        self.task: BackgroundTask | None = None
        self.recovery: RecoveryPhraseStep | None = None

        self.steps = QStackedWidget()
        self.steps.addWidget(self._form_step())
        self.steps.addWidget(self._working_step())
        centred_card(self, 560).addWidget(self.steps)
        self._show_folder()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._discard)

    # step 1: where and the passphrase ---------------------------------------------------
    def _form_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(text_label(self.tr("Create a vault"), "title"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Everything you keep in it is encrypted with a key made from your "
                    "passphrase. Choose one you can remember; nobody can reset it for you."
                ),
                "hint",
            )
        )

        where = QLabel(self.tr("Where"))
        where.setProperty("role", "subheading")
        self.folder_field = QLineEdit()
        self.folder_field.setObjectName("vaultFolder")
        self.folder_field.setReadOnly(True)
        self.folder_field.setAccessibleName(self.tr("Folder for the new vault"))
        where.setBuddy(self.folder_field)
        self.change_folder_button = QPushButton(icon("folder"), self.tr("C&hange…"))
        self.change_folder_button.setAccessibleName(self.tr("Choose another folder"))
        self.change_folder_button.clicked.connect(self._change_folder)
        folder_row = QHBoxLayout()
        folder_row.setSpacing(8)
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.change_folder_button)
        self.remember = QCheckBox(self.tr("&Remember this location on this computer"))
        self.remember.setAccessibleName(self.tr("Remember this vault location"))
        block = field_block(where, folder_row)
        block.addWidget(self.remember)
        layout.addLayout(block)

        self.passphrase = PassphraseFields()
        self.passphrase.second.returnPressed.connect(self.submit)
        layout.addWidget(self.passphrase)

        self.error = text_label("", "error")
        self.error.setObjectName("createError")
        self.error.hide()
        self.passphrase.changed.connect(self.error.hide)
        self.setFocusProxy(self.passphrase.first)  # the passphrase is typed first, not "Where"
        layout.addWidget(self.error)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setProperty("role", "link")
        self.back_button.setAccessibleName(self.tr("Back to the welcome page"))
        self.back_button.clicked.connect(self.cancelled)
        self.create_button = QPushButton(self.tr("Create &vault"))
        self.create_button.setObjectName("createVault")
        self.create_button.setProperty("primary", True)
        self.create_button.setAccessibleName(self.tr("Create the vault"))
        self.create_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        return page

    def _show_folder(self) -> None:
        self.folder_field.setText(str(self.folder))
        self.folder_field.setCursorPosition(0)
        is_default = self.folder == default_vault_folder()
        self.remember.setVisible(not is_default)
        if is_default:
            self.remember.setChecked(False)

    def choose_folder(self) -> Path | None:
        """Ask for a folder (Qt's own dialog, so nothing lands in recently-used lists)."""
        chosen = file_dialogs.get_existing_directory(
            self,
            self.tr("Choose a folder for the vault"),
            str(self.folder.parent if self.folder.parent.is_dir() else Path.home()),
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
        )
        return Path(chosen) if chosen else None

    def _change_folder(self) -> None:
        chosen = self.choose_folder()
        if chosen is None:
            return
        # A vault needs an empty folder: inside a folder that holds files, make a new one.
        if chosen.is_dir() and any(chosen.iterdir()):
            chosen = chosen / new_folder_name()
        self.folder = chosen
        self._show_folder()

    # step 2: making the keys ------------------------------------------------------------
    def _working_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(text_label(self.tr("Making your vault…"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "{app} is turning your passphrase into a key. This takes a few "
                    "seconds on purpose: it makes guessing the passphrase very slow."
                ).format(app=app_name()),
                "hint",
            )
        )
        self.busy = QProgressBar()
        self.busy.setObjectName("createBusy")
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Making the vault"))
        layout.addWidget(self.busy)
        layout.addStretch(1)
        return page

    def submit(self) -> None:
        if self.task is not None:
            return
        problem = self.passphrase.problem()
        if problem is not None:
            self._show_error(problem)
            return
        folder = self.folder
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            self._show_error(
                self.tr(
                    "That folder already holds files. A new vault needs an empty folder: "
                    "choose another one."
                )
            )
            return
        self.error.hide()
        passphrase = self.passphrase.passphrase()
        make = create_vault_session  # looked up now, so tests can replace it
        self.task = BackgroundTask(
            lambda progress, _cancel: make(folder, passphrase, progress), self
        )
        self.task.finished.connect(self._on_created)
        self.task.failed.connect(self._on_failed)
        self.steps.setCurrentIndex(1)
        self.task.start()

    def _on_failed(self, error: object) -> None:
        self.task = None
        self.steps.setCurrentIndex(0)
        self._show_error(user_message(error))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # step 3: the recovery phrase --------------------------------------------------------
    def _on_created(self, result: object) -> None:
        session, phrase = cast(tuple[VaultSession, str], result)
        self._session = session
        self.passphrase.clear()
        self.recovery = RecoveryPhraseStep(str(phrase))
        self.recovery.confirmed.connect(self._finish)
        self.steps.addWidget(self.recovery)
        self.steps.setCurrentWidget(self.recovery)
        self.recovery.written_button.setFocus()

    def _finish(self) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        if self.folder != default_vault_folder() and self.remember.isChecked():
            self._settings.remember_vault(self.folder)
        self.created.emit(session, self.folder)

    def _discard(self) -> None:
        """Quitting before the phrase was confirmed: close the new vault properly."""
        session, self._session = self._session, None
        if session is not None:
            session.close()
