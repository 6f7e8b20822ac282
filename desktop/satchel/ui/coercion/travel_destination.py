"""The travel dialog's second page: where the backup goes, and the passphrases.

Two places: a folder (a USB stick the user carries), or a bundle sealed to a trusted
colleague's sharing key, written into a folder (services.coercion.travel_bundle). Each
says in plain words what it means; the colleague's key is checked as it is typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import InvalidInputError
from satchel.services.sharing.identity import parse_recipient
from satchel.ui.access.page_frame import field_block, text_label
from satchel.ui.access.passphrase_fields import PassphraseFields
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.coercion.travel_texts import inside_vault


class DestinationPage(QWidget):
    """The choices and fields; `problem()` says what is missing, in the user's words."""

    changed = Signal()  # something appeared or went: the dialog fits its height again

    def __init__(
        self, needs_cover: bool, vault_folder: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._needs_cover = needs_cover
        self._vault_folder = vault_folder
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(text_label(self.tr("Where the backup goes"), "heading"))
        self._places(column)
        self._fields(column)
        self.problem = text_label("", "error")
        self.problem.setObjectName("travelProblem")
        self.problem.hide()
        column.addWidget(self.problem)
        column.addStretch(1)
        self.to_colleague.toggled.connect(self._show_place)
        self._show_place()

    def _places(self, column: QVBoxLayout) -> None:
        """The two places side by side, and what the chosen one means below them (one
        hint, not two: the page must fit a 768-pixel-high screen in every language)."""
        self.to_folder = QRadioButton(self.tr("A &folder or USB stick"))
        self.to_folder.setObjectName("travelToFolder")
        self.to_folder.setChecked(True)
        self.to_colleague = QRadioButton(self.tr("A bundle for a trusted co&lleague"))
        self.to_colleague.setObjectName("travelToColleague")
        group = QButtonGroup(self)
        group.addButton(self.to_folder)
        group.addButton(self.to_colleague)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.to_folder)
        row.addWidget(self.to_colleague)
        row.addStretch(1)
        column.addLayout(row)
        self.place_hint = text_label("", "hint")
        self.place_hint.setObjectName("travelPlaceHint")
        column.addWidget(self.place_hint)

    def _place_meaning(self) -> str:
        if not self.for_colleague:
            return self.tr("You carry the backup yourself, apart from the laptop.")
        return self.tr(
            "The backup is sealed to a colleague's sharing key, and you give them the "
            "bundle. They cannot read it: it also needs your passphrase. Before you "
            "can return, they must give you back the backup file it holds, saved "
            "from their {app} (Vault ▸ Import a colleague's bundle…)."
        ).format(app=app_name())

    def _fields(self, column: QVBoxLayout) -> None:
        self.key = QLineEdit()
        self.key.setObjectName("travelColleagueKey")
        self.key.setAccessibleName(self.tr("Your colleague's sharing key"))
        self.key.setPlaceholderText(self.tr("age1… (they find it under Sharing key)"))
        self.key.textChanged.connect(self._check_key)
        self.key_label = text_label(self.tr("Your colleague's &sharing key"), "subheading")
        self.key_label.setBuddy(self.key)
        self.key_problem = text_label("", "error")
        self.key_problem.setObjectName("travelKeyProblem")
        self.key_block = QWidget()
        block = field_block(self.key_label, self.key)
        block.setContentsMargins(0, 0, 0, 0)
        block.addWidget(self.key_problem)
        self.key_block.setLayout(block)
        column.addWidget(self.key_block)

        self.folder = QLineEdit()
        self.folder.setObjectName("travelFolder")
        self.folder.setPlaceholderText(self.tr("A folder on a USB stick, for example"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setObjectName("travelBrowse")
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.folder_label = text_label("", "subheading")
        self.folder_label.setBuddy(self.folder)
        column.addLayout(field_block(self.folder_label, row))

        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("travelPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        passphrase_label = text_label(self.tr("&Your passphrase"), "subheading")
        passphrase_label.setBuddy(self.passphrase)
        column.addLayout(field_block(passphrase_label, self.passphrase))
        column.addWidget(
            text_label(
                self.tr(
                    "The backup must open with it before anything is erased. You will need "
                    "it to come back."
                ),
                "hint",
            )
        )
        self.cover = PassphraseFields(self)
        self.cover.setObjectName("travelCover")
        self.cover.first_label.setText(self.tr("&Cover passphrase"))
        if self._needs_cover:
            column.addWidget(
                text_label(
                    self.tr(
                        "No duress passphrase is set, so a cover vault is made now. Choose "
                        "the passphrase you would give if forced to unlock the laptop."
                    ),
                    "hint",
                )
            )
            column.addWidget(self.cover)
        else:
            self.cover.hide()
            column.addWidget(
                text_label(self.tr("Your duress passphrase will open the cover vault."), "hint")
            )

    # what is chosen -----------------------------------------------------------------------
    @property
    def for_colleague(self) -> bool:
        return self.to_colleague.isChecked()

    def destination(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def recipient(self) -> str | None:
        return self.key.text().strip() if self.for_colleague else None

    def _show_place(self) -> None:
        colleague = self.for_colleague
        self.place_hint.setText(self._place_meaning())
        self.key_block.setVisible(colleague)
        if colleague:
            self.folder_label.setText(self.tr("&Folder for the bundle"))
            self.folder.setAccessibleName(self.tr("Folder for the bundle"))
            self.browse.setAccessibleName(self.tr("Choose the folder for the bundle"))
        else:
            self.folder_label.setText(self.tr("&Folder for the backup"))
            self.folder.setAccessibleName(self.tr("Folder for the backup"))
            self.browse.setAccessibleName(self.tr("Choose the folder for the backup"))
        self._check_key()
        self.say("")

    def _check_key(self) -> None:
        """Live: a key that cannot be one is named while it is typed, not after the backup."""
        text = self.key.text().strip()
        problem = self._key_problem(text) if text else None
        self.key_problem.setText(problem or "")
        self.key_problem.setVisible(problem is not None)
        self.changed.emit()

    def _key_problem(self, text: str) -> str | None:
        if not text:
            return self.tr("Paste your colleague's sharing key.")
        try:
            parse_recipient(text)
        except InvalidInputError:
            return self.tr(
                "This is not a sharing key. It starts with age1; ask your colleague to copy it "
                "again from Sharing key in their {app}."
            ).format(app=app_name())
        return None

    def _browse(self) -> None:
        title = self.folder_label.text().replace("&", "")
        chosen = file_dialogs.get_existing_directory(self, title, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def say(self, text: str) -> None:
        """Show `text` below the fields; a problem the key's own line shows already is not
        said twice (the key field gets the focus instead)."""
        said = bool(text) and self.key_problem.isVisibleTo(self) and text == self.key_problem.text()
        self.problem.setText("" if said else text)
        self.problem.setVisible(bool(text) and not said)
        if said:
            self.key.setFocus()
        self.changed.emit()

    def input_problem(self) -> str | None:
        if self.for_colleague:
            problem = self._key_problem(self.key.text().strip())
            if problem is not None:
                return problem
        if not self.folder.text().strip():
            return (
                self.tr("Choose a folder for the bundle.")
                if self.for_colleague
                else self.tr("Choose a folder for the backup.")
            )
        if inside_vault(self.destination(), self._vault_folder):
            return self.tr(
                "Choose a folder outside the vault's folder: the vault's folder is erased."
            )
        if not self.passphrase.text():
            return self.tr("Type your passphrase.")
        if self._needs_cover:
            return self.cover.problem()
        return None
