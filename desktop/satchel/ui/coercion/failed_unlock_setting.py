"""Settings ▸ This vault: erase the vault after 5, 10 or 20 failed unlocks (off unless chosen).

Stored on this computer, not in the vault (services.coercion.failed_unlocks says why), so
the row says so itself: the vault part's other settings are kept inside the vault.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from satchel.services.coercion.failed_unlocks import (
    LIMITS,
    FailedUnlockPolicy,
    load_policy,
    save_policy,
)
from satchel.ui.access.page_frame import text_label
from satchel.ui.shell.vault_controller import Change, VaultController


class FailedUnlockSetting(QWidget):
    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failedUnlockSetting")
        self._controller = controller
        self.loaded: FailedUnlockPolicy | None = None
        if controller.is_unlocked and not controller.demo:
            found = controller.run(load_policy)
            self.loaded = found if isinstance(found, FailedUnlockPolicy) else None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        self.limit = QComboBox()
        self.limit.setObjectName("failedUnlockLimit")
        self.limit.setAccessibleName(self.tr("Erase the vault after this many failed unlocks"))
        self.limit.addItem(self.tr("Never"), 0)
        for count in LIMITS:
            self.limit.addItem(self.tr("After %n failed unlocks", "", count), count)
        label = QLabel(self.tr("&Erase the vault"))
        label.setBuddy(self.limit)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.limit, 0, 1)
        self.show_remaining = QCheckBox(self.tr("Say &how many attempts are left"))
        self.show_remaining.setObjectName("failedUnlockShowRemaining")
        self.show_remaining.setAccessibleName(
            self.tr("After a wrong passphrase, say how many attempts are left")
        )
        grid.addWidget(self.show_remaining, 1, 1)
        self.hint = text_label(
            self.tr(
                "Counted on this computer, not in the vault: by the window and the command "
                "line, with the passphrase, the recovery phrase and the duress passphrase "
                "alike; a correct one starts the count again. A copy of the vault's folder "
                "taken to another computer is not counted. Read COERCION.md first."
            ),
            "hint",
        )
        self.hint.setObjectName("failedUnlockHint")
        grid.addWidget(self.hint, 2, 0, 1, 2)
        current = self.loaded or FailedUnlockPolicy()
        self.limit.setCurrentIndex(max(self.limit.findData(current.limit or 0), 0))
        self.show_remaining.setChecked(current.show_remaining)
        self.limit.currentIndexChanged.connect(self._enable)
        self._enable()
        self.setVisible(self.loaded is not None)

    def _enable(self) -> None:
        self.show_remaining.setEnabled(bool(self.limit.currentData()))

    def chosen(self) -> FailedUnlockPolicy:
        limit = int(self.limit.currentData() or 0)
        if not limit:
            return FailedUnlockPolicy()
        return FailedUnlockPolicy(limit, self.show_remaining.isChecked())

    def save(self) -> bool:
        """Store the choice if it changed; False when it could not be (the user was told)."""
        if self.loaded is None or not self._controller.is_unlocked:
            return True
        chosen = self.chosen()
        if chosen == self.loaded:
            return True
        if not self._controller.apply(Change.SETTINGS, save_policy, chosen):
            return False
        self.loaded = chosen
        return True
