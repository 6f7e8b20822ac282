"""A pseudonym field with "Generate": a plausible name in a chosen language, unique in the vault.

The language box starts at the language last chosen in this vault, else the interface's.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from satchel.services.notebook.people import MAX_PSEUDONYM
from satchel.services.notebook.pseudonyms import (
    choose_language,
    chosen_language,
    suggest_pseudonym,
)
from satchel.ui.base.icons import icon
from satchel.ui.base.widgets.inline_entry import EscapeLineEdit
from satchel.ui.shell.vault_controller import VaultController

LOCALES = ("en", "ru", "uk", "de")


def default_locale() -> str:
    language = QLocale().name().split("_")[0]
    return language if language in LOCALES else "en"


def locale_names() -> dict[str, str]:
    # Each language in its own name, so it reads right whatever the interface language is.
    return {"en": "English", "ru": "Русский", "uk": "Українська", "de": "Deutsch"}


class PseudonymField(QWidget):
    generated = Signal(str)

    def __init__(
        self,
        controller: VaultController,
        parent: QWidget | None = None,
        *,
        escape_cancels: bool = False,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        # In an inline "new" bar Esc cancels the entry; in an editor it closes the editor.
        self.edit: QLineEdit = EscapeLineEdit() if escape_cancels else QLineEdit()
        self.edit.setObjectName("pseudonymEdit")
        self.edit.setMaxLength(MAX_PSEUDONYM)
        self.edit.setPlaceholderText(self.tr("A pseudonym, never the real name"))
        self.edit.setAccessibleName(self.tr("Pseudonym"))
        self.locale_box = QComboBox()
        self.locale_box.setAccessibleName(self.tr("Language of generated pseudonyms"))
        self.locale_box.setToolTip(self.tr("Language of generated pseudonyms"))
        names = locale_names()
        for code in LOCALES:
            self.locale_box.addItem(names[code], code)
        remembered = controller.run(chosen_language) if controller.is_unlocked else None
        self.locale_box.setCurrentIndex(LOCALES.index(remembered or default_locale()))
        self.locale_box.activated.connect(self._remember_language)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setIcon(icon("person"))
        self.generate_button.setAccessibleName(self.tr("Generate a pseudonym"))
        self.generate_button.setToolTip(
            self.tr("Suggest a plausible pseudonym that nobody else in this vault has")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.locale_box)
        layout.addWidget(self.generate_button)
        self.setFocusProxy(self.edit)
        self.generate_button.clicked.connect(self.generate)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def _remember_language(self, _index: int) -> None:
        self._controller.run(choose_language, str(self.locale_box.currentData()))

    def generate(self) -> None:
        suggestion = self._controller.run(suggest_pseudonym, str(self.locale_box.currentData()))
        if suggestion:
            self.edit.setText(suggestion)
            self.edit.setFocus()
            self.generated.emit(suggestion)
