"""The one object screens talk to about the open vault: unlock, lock, and change signals.

Screens never hold a database session. They call service functions through `run`, which
passes the open VaultSession, turns errors into messages and announces what changed, so
every list and editor showing that kind of thing can refresh.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from satchel.errors import CancelledError, LockedError
from satchel.services.backups import operations, restore
from satchel.services.coercion import panic
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook import recently_deleted
from satchel.ui.base.tasks import BackgroundTask, Work
from satchel.ui.base.text.messages import user_message
from satchel.ui.camouflage.app_brand import app_name
from satchel.work import CancelToken, Progress

P = ParamSpec("P")
R = TypeVar("R")


class Change(StrEnum):
    """What kind of thing changed: lists and panels reload on the kinds they show."""

    CASE = "case"
    PERSON = "person"
    NOTE = "note"
    CHECKLIST = "checklist"
    CHECKLIST_TEMPLATE = "checklist_template"
    ATTACHMENT = "attachment"
    SETTINGS = "settings"
    ACTIVITY = "activity"  # only the activity log has news (an export was logged)
    BIN = "bin"  # Recently deleted gained or lost an item


class VaultController(QObject):
    unlocked = Signal()
    locking = Signal()  # before the keys go: editors save what they hold
    locked = Signal()
    changed = Signal(str)  # a Change
    failed = Signal(str)  # a message for the user
    undoable = Signal(str, object)  # a message and a callable that undoes it (see UndoBar)
    erased = Signal(object)  # a panic wipe finished: the names it left alone (planted links)

    def __init__(self, parent: QObject | None = None, *, auto_backup: bool = False) -> None:
        """`auto_backup`: back up on lock when the vault changed (the app turns it on)."""
        super().__init__(parent)
        self._session: VaultSession | None = None
        self.folder: Path | None = None
        self.demo = False
        self.auto_backup = auto_backup
        self.closing_task: BackgroundTask | None = None  # a backup and close after a lock
        self._idle = threading.Event()  # set while no worker holds a locked-away session
        self._idle.set()

    @property
    def is_unlocked(self) -> bool:
        return self._session is not None and self._session.is_open

    @property
    def session(self) -> VaultSession:
        if self._session is None:
            raise LockedError()
        return self._session

    def adopt(self, session: VaultSession, folder: Path, *, demo: bool = False) -> None:
        """Take over a session unlocked elsewhere (a background task or the demo builder)."""
        self._session = session
        self.folder = folder
        self.demo = demo
        self.unlocked.emit()

    def unlock_in_background(self, folder: Path, passphrase: str) -> BackgroundTask:
        """Start the slow unlock; the caller connects to the task for progress and failure."""
        idle = self._idle

        def work(progress: Progress, _cancel: CancelToken) -> VaultSession:
            idle.wait()  # a backup after the last lock still holds the vault
            # progress moves only when an upgrade re-indexes an older vault for search
            session = vault_session.unlock(folder, passphrase, progress=progress)
            try:
                recently_deleted.purge_expired(session)  # what has been in the bin 30 days
            except BaseException:
                session.close()
                raise
            return session

        task = BackgroundTask(work, self)
        task.finished.connect(lambda session: self.adopt(session, folder))
        return task

    def lock(self) -> None:
        """The screens lock at once; an automatic backup, if due, finishes in a worker."""
        if self._session is None:
            return
        self.locking.emit()
        session, self._session = self._session, None
        if self.auto_backup and not self.demo and session.is_open:
            self._close_in_background(
                session,
                lambda progress, cancel: operations.back_up_if_changed(
                    session, reason="lock", progress=progress, cancel=cancel
                ),
            )
        elif session.busy:  # an import or export still runs: close when it ends
            self._close_in_background(session, lambda _progress, _cancel: None)
        else:
            session.close()
        self.locked.emit()

    def panic_wipe(self, folder: Path) -> BackgroundTask:
        """Lock at once and forget the folder (the window shows the welcome page), then in
        a worker erase the vault and the backups in its folder: no backup on the way out.

        The vault may have been locked meanwhile (Ctrl+L, auto-lock): it is erased all the
        same, once a backup still running after that lock has let go of it.
        """
        session = self._session if self.folder == folder else None
        demo = self.demo
        if self._session is not None:
            self.locking.emit()
        self._session = None
        self.folder = None
        self.demo = False
        self.locked.emit()
        idle = self._idle

        def work(_progress: Progress, _cancel: CancelToken) -> list[str]:
            if demo:  # a throwaway folder, removed when Satchel quits; nothing opens it
                if session is not None:
                    session.close()
                return []
            if session is not None:
                return panic.erase(session)
            idle.wait()
            return panic.erase_folder(folder)

        task = BackgroundTask(work, self)
        task.finished.connect(self.erased)
        task.failed.connect(self._wipe_failed)
        task.start()
        return task

    def _wipe_failed(self, error: object) -> None:
        self.failed.emit(self.tr("The vault was not erased: {0}").format(user_message(error)))

    def restore_in_place(self, backup: Path) -> BackgroundTask:
        """Lock the screens, then in a worker replace the vault with `backup` (the vault as it
        was is backed up first). Cancel with `cancel_closing()`; the vault stays locked.
        """
        session = self.session
        self.locking.emit()
        self._session = None
        task = self._close_in_background(
            session,
            lambda progress, cancel: restore.restore_in_place(
                session, backup, progress=progress, cancel=cancel
            ),
            report_failure=False,
        )
        self.locked.emit()
        return task

    def hand_over(
        self, work: Callable[[VaultSession, Progress, CancelToken], object]
    ) -> BackgroundTask:
        """Lock the screens, then give the session to `work` in a worker and close it after:
        for work that ends the vault as it is (travel). Failures reach the task only."""
        session = self.session
        self.locking.emit()
        self._session = None
        task = self._close_in_background(
            session, lambda progress, cancel: work(session, progress, cancel), report_failure=False
        )
        self.locked.emit()
        return task

    def _close_in_background(
        self,
        session: VaultSession,
        work: Work,
        *,
        report_failure: bool = True,
    ) -> BackgroundTask:
        self._idle.clear()
        idle = self._idle

        def run(progress: Progress, cancel: CancelToken) -> object:
            try:
                return work(progress, cancel)
            finally:
                try:
                    session.close()  # wipes the keys; the vault lock goes with them
                finally:
                    idle.set()

        task = BackgroundTask(run, self)
        task.finished.connect(self._closed)
        task.failed.connect(self._closed)
        if report_failure:
            task.failed.connect(self._backup_failed)
        self.closing_task = task
        task.start()
        return task

    def _closed(self, _result: object) -> None:
        self.closing_task = None

    def _backup_failed(self, error: object) -> None:
        if not isinstance(error, CancelledError):
            self.failed.emit(
                self.tr("The automatic backup was not made: {0} The vault is locked.").format(
                    user_message(error)
                )
            )

    def cancel_closing(self) -> None:
        """Cancel the backup or restore running after a lock (nothing half-made is kept)."""
        if self.closing_task is not None:
            self.closing_task.cancel()

    def wait_for_backup(self, parent: QWidget | None = None) -> None:
        """On quit: wait for a backup still running after the lock, with a small progress
        dialog whose Cancel skips it.
        """
        task = self.closing_task
        if task is None:
            return
        dialog = QProgressDialog(
            self.tr("Saving an encrypted backup before {app} closes…").format(app=app_name()),
            self.tr("Skip this backup"),
            0,
            100,
            parent,
        )
        dialog.setObjectName("quitBackupProgress")
        dialog.setWindowTitle(self.tr("Backup"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        loop = QEventLoop()
        task.progressed.connect(lambda fraction: dialog.setValue(round(fraction * 100)))
        task.finished.connect(loop.quit)
        task.failed.connect(loop.quit)
        dialog.canceled.connect(self.cancel_closing)
        dialog.show()
        if self.closing_task is not None:  # its result may have arrived before the connects
            loop.exec()
        dialog.close()
        dialog.deleteLater()

    def offer_undo(self, message: str, undo: Callable[[], object]) -> None:
        """Show `message` with an Undo button that calls `undo` (see ui.shell.undo_bar)."""
        self.undoable.emit(message, undo)

    def restore_deleted(self, kind: str, record_id: object) -> bool:
        """Put back the latest deleted item of `kind` with this id; True when it came back."""
        entries = self.run(recently_deleted.list_bin) or []
        entry = next((e for e in entries if e.kind == kind and e.record_id == record_id), None)
        if entry is None:
            return False
        back = self.run(recently_deleted.restore, entry.id) is not None
        if back:
            self.announce_everything()
        return back

    def announce_everything(self) -> None:
        """A restore or purge touches several kinds at once: every list refreshes."""
        for kind in (Change.CASE, Change.PERSON, Change.NOTE, Change.CHECKLIST, Change.ATTACHMENT):
            self.changed.emit(kind)
        self.changed.emit(Change.BIN)

    def run(
        self, service: Callable[Concatenate[VaultSession, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> R | None:
        """Call a service with the open vault; on failure tell the user and return None."""
        _ok, result = self._call(service, *args, **kwargs)
        return result

    def change(
        self,
        kind: Change,
        service: Callable[Concatenate[VaultSession, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R | None:
        """Like `run`, then announce that things of `kind` changed."""
        ok, result = self._call(service, *args, **kwargs)
        if ok:
            self.changed.emit(kind)
        return result

    def apply(
        self,
        kind: Change,
        service: Callable[Concatenate[VaultSession, P], object],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> bool:
        """`change` for services that return nothing: True when it worked."""
        ok, _result = self._call(service, *args, **kwargs)
        if ok:
            self.changed.emit(kind)
        return ok

    def _call(
        self, service: Callable[Concatenate[VaultSession, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> tuple[bool, R | None]:
        try:
            return True, service(self.session, *args, **kwargs)
        except Exception as error:
            self.failed.emit(user_message(error))
            return False, None

    def read(
        self,
        service: Callable[Concatenate[VaultSession, P], Any],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Any:
        """`run` for reads that must not fail silently in a model: errors propagate."""
        return service(self.session, *args, **kwargs)
