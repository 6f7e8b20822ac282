"""The first page when there is no vault at the default place: create, open, or try the demo.

Opening uses Qt's own folder dialog (not the system one), so the vault's location never
lands in the desktop's recently-used lists; it is remembered only if the user ticks the box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from satchel.services import access
from satchel.ui.access.page_frame import centred_card, text_label
from satchel.ui.base.icons import icon
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.settings.app_settings import AppSettings


class ChoiceButton(QPushButton):
    """A large button: icon, a bold line and a quieter line of explanation. Enter presses
    it as Space does (outside a dialog Qt gives Enter to no button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)

    def __init__(self, icon_name: str, title: str, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "choice")
        self.setAccessibleName(title.replace("&", ""))
        self.setAccessibleDescription(hint)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(QSize(32, 32)))
        picture.setFixedSize(32, 32)
        title_label = QLabel(title.replace("&", ""))
        title_label.setProperty("role", "subheading")
        hint_label = QLabel(hint)
        hint_label.setProperty("role", "hint")
        hint_label.setWordWrap(True)
        for label in (picture, title_label, hint_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(title_label)
        text.addWidget(hint_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(16)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        self._row = row

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._row.sizeHint().expandedTo(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._row.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._row.totalHeightForWidth(width)


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal(Path)
    demo_requested = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._settings = settings
        layout = centred_card(self, 520)
        layout.addWidget(text_label(self.tr("Welcome to {app}").format(app=app_name()), "title"))
        layout.addWidget(
            text_label(
                self.tr(
                    "An encrypted notebook for the people you help: cases, people, notes "
                    "and documents, kept on this computer and nowhere else."
                ),
                "hint",
            )
        )
        layout.addSpacing(8)

        self.create_button = ChoiceButton(
            "add",
            self.tr("&Create a vault"),
            self.tr("Start a new, empty vault protected by your passphrase."),
        )
        self.create_button.setObjectName("welcomeCreate")
        self.create_button.clicked.connect(self.create_requested)
        self.open_button = ChoiceButton(
            "folder",
            self.tr("&Open a vault"),
            self.tr("Use a vault in another folder, for example on a USB stick."),
        )
        self.open_button.setObjectName("welcomeOpen")
        self.open_button.clicked.connect(self.open_vault)
        self.remember = QCheckBox(self.tr("&Remember the location of the vault I open"))
        self.remember.setObjectName("rememberLocation")
        self.remember.setAccessibleName(self.tr("Remember the vault location on this computer"))
        self.demo_button = ChoiceButton(
            "demo",
            self.tr("&Try the demo"),
            self.tr("Explore made-up cases and people. Deleted when you close it."),
        )
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.clicked.connect(self.demo_requested)

        layout.addWidget(self.create_button)
        layout.addWidget(self.open_button)
        remember_row = QHBoxLayout()
        remember_row.setContentsMargins(16, 0, 0, 0)
        remember_row.addWidget(self.remember)
        layout.addLayout(remember_row)
        layout.addWidget(self.demo_button)

        self.error = text_label("", "error")
        self.error.setObjectName("welcomeError")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(
            text_label(
                self.tr("{app} works offline. It never connects to the internet.").format(
                    app=app_name()
                ),
                "hint",
            )
        )
        self.setTabOrder(self.create_button, self.open_button)
        self.setTabOrder(self.open_button, self.remember)
        self.setTabOrder(self.remember, self.demo_button)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.create_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_folder(self) -> Path | None:
        """Ask for the vault folder with Qt's own dialog (no recently-used entries)."""
        chosen = file_dialogs.get_existing_directory(
            self,
            self.tr("Open a vault folder"),
            str(Path.home()),
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
        )
        return Path(chosen) if chosen else None

    def open_vault(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        if not access.is_vault(folder):
            self.error.setText(
                self.tr(
                    "That folder does not hold a {app} vault. Choose the folder that "
                    "contains the vault's files."
                ).format(app=app_name())
            )
            self.error.show()
            return
        self.error.hide()
        if self.remember.isChecked():
            self._settings.remember_vault(folder)
        self.open_requested.emit(folder)
