"""The one object screens talk to about the open vault: unlock, lock, and change signals.

Screens never hold a database session. They call service functions through `run`, which
passes the open VaultSession, turns errors into messages and announces what changed, so
every list and editor showing that kind of thing can refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from satchel.services import session as vault_session
from satchel.services.session import VaultSession
from satchel.ui.tasks import BackgroundTask, user_message
from satchel.vault.errors import LockedError

P = ParamSpec("P")
R = TypeVar("R")


class VaultController(QObject):
    unlocked = Signal()
    locking = Signal()  # before the keys go: editors save what they hold
    locked = Signal()
    changed = Signal(str)  # a kind: "case", "person", "note", "checklist", "attachment", ...
    failed = Signal(str)  # a message for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: VaultSession | None = None
        self.folder: Path | None = None
        self.demo = False

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
        task = BackgroundTask(lambda _progress: vault_session.unlock(folder, passphrase), self)
        task.finished.connect(lambda session: self.adopt(session, folder))
        return task

    def lock(self) -> None:
        if self._session is None:
            return
        self.locking.emit()
        session, self._session = self._session, None
        session.close()
        self.locked.emit()

    def run(
        self, service: Callable[Concatenate[VaultSession, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> R | None:
        """Call a service with the open vault; on failure tell the user and return None."""
        _ok, result = self._call(service, *args, **kwargs)
        return result

    def change(
        self,
        kind: str,
        service: Callable[Concatenate[VaultSession, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R | None:
        """Like `run`, then announce that things of `kind` changed."""
        ok, result = self._call(service, *args, **kwargs)
        if ok:
            self.changed.emit(kind)
        return result

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
