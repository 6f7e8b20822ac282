"""Vault ▸ Prepare for a crossing…: a checked backup elsewhere, then only the cover here.

Four steps on one dialog: what happens and what it costs; where the backup goes and the
passphrases; the backup written and opened again off the UI thread (Cancel removes it and
changes nothing); then, asked once more, the vault replaced by its cover and erased. The
work itself is services.coercion.travel, the same the command line runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from satchel.errors import CancelledError
from satchel.services.coercion.travel import (
    TravelCheckError,
    leave_only_cover,
    needs_cover_passphrase,
    write_travel_backup,
)
from satchel.services.coercion.travel_bundle import write_travel_bundle
from satchel.services.core.session import VaultSession
from satchel.ui.access.page_frame import fit_height, text_label
from satchel.ui.base.tasks import TaskProgress
from satchel.ui.base.text.messages import user_message
from satchel.ui.base.widgets.fitting_scroll import FittingScrollArea
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.coercion.steps import PageStack, Steps
from satchel.ui.coercion.travel_destination import DestinationPage
from satchel.ui.coercion.travel_texts import check_message
from satchel.ui.shell.vault_controller import VaultController
from satchel.work import CancelToken, Progress

INTRO, CHOOSE, CHECKING, CONFIRM, ERASING, DONE = range(6)


class TravelDialog(QDialog):
    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("travelDialog")
        self.setWindowTitle(self.tr("Prepare for a crossing"))
        self.setMinimumWidth(600)
        self._controller = controller
        self._needs_cover = bool(controller.run(needs_cover_passphrase))
        self._erasing = False
        self._to_colleague = False
        self.backup: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        self.pages = PageStack()
        layout.addWidget(self.pages)
        for page in (
            self._intro(),
            self._choose(),
            self._checking(),
            self._confirm(),
            self._erasing_page(),
            self._done(),
        ):
            self.pages.addWidget(page)
        self.steps = Steps(self)
        layout.addLayout(self.steps.row)
        self.steps.back.clicked.connect(lambda: self.show_step(self.pages.currentIndex() - 1))
        self.steps.cancel.clicked.connect(self.reject)
        self.steps.next.clicked.connect(self._next)
        controller.locking.connect(self._on_locking)
        self.show_step(INTRO)

    # the pages ------------------------------------------------------------------------------
    def _page(self, heading: str, *texts: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(text_label(heading, "heading"))
        for text in texts:
            column.addWidget(text_label(text, "hint"))
        return page, column

    def _intro(self) -> QWidget:
        page, column = self._page(
            self.tr("Before you cross a border"),
            self.tr(
                "{app} writes an encrypted backup of this vault to a place you choose, "
                "such as a USB stick you carry apart from the laptop. It checks that the "
                "backup opens with your passphrase. Then the vault on this laptop is replaced "
                "by a cover vault with harmless notes, and the real one is erased."
            ).format(app=app_name()),
            self.tr(
                "After that, your passphrase opens nothing on this laptop. Someone who "
                "searches it finds only the cover. When you are safe, Vault ▸ Return from "
                "travel… brings your vault back from the backup."
            ),
        )
        warning = text_label(
            self.tr(
                "Without that backup and your passphrase, your notes cannot be brought back. "
                "Keep the USB stick away from the laptop, and do not lose it."
            ),
            "warning",
        )
        column.addWidget(warning)
        column.addStretch(1)
        return page

    def _choose(self) -> QWidget:
        page = DestinationPage(self._needs_cover, self._controller.folder)
        page.changed.connect(lambda: fit_height(self))
        self.destination = page
        self.folder, self.passphrase, self.cover = page.folder, page.passphrase, page.cover
        self.problem = page.problem
        area = FittingScrollArea(page)  # the tallest page: it scrolls on a short screen
        area.content_changed.connect(lambda: fit_height(self))
        return area

    def _checking(self) -> QWidget:
        page, column = self._page(self.tr("Writing and checking the backup"))
        self._checking_plain = self.tr(
            "The backup is written, then opened again with your passphrase. Nothing is "
            "erased yet; Cancel leaves everything as it was."
        )
        self.checking_text = text_label(self._checking_plain, "hint")
        column.addWidget(self.checking_text)
        self.progress = TaskProgress(self.tr("Backup progress"))
        self.progress.setObjectName("travelProgress")
        self.progress.done.connect(self._checked)
        self.progress.failed.connect(self._check_failed)
        column.addWidget(self.progress)
        column.addStretch(1)
        return page

    def _confirm(self) -> QWidget:
        page, column = self._page(self.tr("The backup opens"))
        self.checked_text = text_label("", "hint")
        self.checked_text.setObjectName("travelChecked")
        column.addWidget(self.checked_text)
        column.addWidget(
            text_label(
                self.tr(
                    "Now the vault on this laptop is replaced by the cover vault and erased. "
                    "This cannot be undone here: only the backup brings it back. Unplug the "
                    "USB stick once this is done."
                ),
                "warning",
            )
        )
        column.addStretch(1)
        return page

    def _erasing_page(self) -> QWidget:
        page, column = self._page(
            self.tr("Erasing the vault on this laptop"),
            self.tr("This takes a few seconds. Do not close the laptop."),
        )
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setAccessibleName(self.tr("Erasing"))
        column.addWidget(busy)
        self.erase_problem = text_label("", "error")
        self.erase_problem.setObjectName("travelEraseProblem")
        self.erase_problem.hide()
        column.addWidget(self.erase_problem)
        column.addStretch(1)
        return page

    def _done(self) -> QWidget:
        page, column = self._page(
            self.tr("Ready to travel"),
            self.tr(
                "This laptop now holds only the cover vault. It opens with the cover (duress) "
                "passphrase; your passphrase opens nothing here."
            ),
        )
        self.done_text = text_label("", "hint")
        self.done_text.setObjectName("travelDone")
        column.addWidget(self.done_text)
        column.addStretch(1)
        return page

    # moving between them --------------------------------------------------------------------
    def show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        steps = self.steps
        steps.back.setVisible(step in (CHOOSE,))
        steps.cancel.setVisible(step not in (CHECKING, ERASING, DONE))
        steps.next.setVisible(step not in (CHECKING, ERASING))
        steps.next.setProperty("danger", step == CONFIRM)  # the irreversible step
        steps.next.setProperty("primary", step != CONFIRM)
        steps.next.style().polish(steps.next)
        steps.next.setText(
            {
                INTRO: self.tr("&Next"),
                CHOOSE: self.tr("&Make the backup"),
                CONFIRM: self.tr("&Erase and leave the cover"),
                DONE: self.tr("&Close"),
            }.get(step, "")
        )
        steps.next.setDefault(True)
        fit_height(self)

    def _next(self) -> None:
        step = self.pages.currentIndex()
        if step == INTRO:
            self.show_step(CHOOSE)
        elif step == CHOOSE:
            self.start_backup()
        elif step == CONFIRM:
            self.erase()
        elif step == DONE:
            self.accept()

    def _say(self, text: str) -> None:
        self.destination.say(text)

    def start_backup(self) -> None:
        problem = self.destination.input_problem()
        if problem:
            self._say(problem)
            return
        self._say("")
        folder = self.destination.destination()
        passphrase = self.passphrase.text()
        recipient = self.destination.recipient()
        session = self._controller.session

        def work(progress: Progress, cancel: CancelToken) -> Path:
            if recipient is not None:
                return write_travel_bundle(
                    session, passphrase, folder, recipient, progress=progress, cancel=cancel
                ).path
            return write_travel_backup(
                session, passphrase, folder, progress=progress, cancel=cancel
            )

        self._to_colleague = recipient is not None
        self.checking_text.setText(
            self.tr(
                "The backup is written, then opened again with your passphrase, then sealed "
                "to your colleague's key and read back. Nothing is erased yet; Cancel leaves "
                "everything as it was."
            )
            if self._to_colleague
            else self._checking_plain
        )
        self.show_step(CHECKING)
        self.progress.start(work)

    def _checked(self, made: object) -> None:
        assert isinstance(made, Path)
        self.backup = made
        self.checked_text.setText(
            self.tr(
                "The bundle {0} in {1} holds your backup, which was opened again with your "
                "passphrase. Only your colleague's {2} can open the bundle."
            ).format(made.name, made.parent, app_name())
            if self._to_colleague
            else self.tr(
                "The backup {0} in {1} was written and opened again with your passphrase."
            ).format(made.name, made.parent)
        )
        self.show_step(CONFIRM)

    def _check_failed(self, error: object) -> None:
        self.show_step(CHOOSE)
        if isinstance(error, CancelledError):
            self._say(self.tr("Cancelled. Nothing was written and nothing was erased."))
        elif isinstance(error, TravelCheckError):
            self._say(check_message(error))
        else:
            self._say(user_message(error))

    def erase(self) -> None:
        cover = self.cover.passphrase() if self._needs_cover else None
        self._erasing = True
        self.show_step(ERASING)

        def work(session: VaultSession, _progress: Progress, _cancel: CancelToken) -> None:
            leave_only_cover(session, cover)

        task = self._controller.hand_over(work)
        task.finished.connect(self._erased)
        task.failed.connect(self._erase_failed)

    def _erased(self, _result: object) -> None:
        assert self.backup is not None
        self.done_text.setText(
            self.tr(
                "Your vault is in the bundle {0} in {1}: give it to your colleague. To come "
                "back, they open it in their {2} (Vault ▸ Import a colleague's bundle…) and "
                "give you the backup file it holds; then unlock the cover and choose Vault ▸ "
                "Return from travel…"
            ).format(self.backup.name, self.backup.parent, app_name())
            if self._to_colleague
            else self.tr(
                "Your vault is in the backup {0} in {1}. To come back, unlock the cover and "
                "choose Vault ▸ Return from travel…"
            ).format(self.backup.name, self.backup.parent)
        )
        self.show_step(DONE)

    def _erase_failed(self, error: object) -> None:
        self.erase_problem.setText(
            self.tr("Not done: {0} Your backup is kept in {1}.").format(
                user_message(error), self.backup.parent if self.backup else ""
            )
        )
        self.erase_problem.show()
        self.steps.next.setText(self.tr("&Close"))
        self.steps.next.show()
        self.pages.setCurrentIndex(ERASING)
        self.steps.next.clicked.disconnect()
        self.steps.next.clicked.connect(self.accept)
        fit_height(self)

    # a lock while it runs ---------------------------------------------------------------------
    def _on_locking(self) -> None:
        """A lock takes the session away: a running backup stops (Cancel removes it)."""
        if self._erasing:
            return  # the erase itself locked the screens
        self.progress.cancel()
        self.reject()

    def reject(self) -> None:
        if self.progress.busy:
            self.progress.cancel()  # its check stops; the half-made backup is removed
        if self.pages.currentIndex() == ERASING and not self.erase_problem.isVisible():
            return  # the erase runs to its end: Esc must not hide it
        super().reject()


def show_travel_dialog(parent: QWidget, controller: VaultController) -> TravelDialog:
    """The menu entry's action: a window-modal dialog, deleted when closed."""
    dialog = TravelDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
