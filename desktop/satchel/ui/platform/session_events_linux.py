"""Linux (and other D-Bus desktops): lock on sleep, screen lock and session switch.

System bus, systemd-logind (org.freedesktop.login1):
  - Manager `PrepareForSleep(true)`: the machine is about to suspend or hibernate. We hold a
    "delay" sleep inhibitor (Manager.Inhibit) so logind waits until the vault is locked, and
    take it again after `PrepareForSleep(false)` (wake-up);
  - our Session's `Lock`: `loginctl lock-session`, or the desktop locking the screen;
  - our Session's `PropertiesChanged` with `Active` now false: another session took the seat
    (fast user switching). PySide cannot read the a{sv} of that signal, so we ask for
    `Active` with Properties.Get when the Session's properties change.
Session bus: `ActiveChanged(true)` from org.freedesktop.ScreenSaver (KDE, Xfce, others) and
org.gnome.ScreenSaver (GNOME).

Buses are injectable so tests can run private dbus-daemons. A bus that is not there, or a
logind that does not answer, leaves that part silent: nothing is logged.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCallWatcher,
    QDBusUnixFileDescriptor,
    QDBusVariant,
)

from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.platform.session_events import SCREEN_LOCK, SESSION_SWITCH, SUSPEND, SessionEvents

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
# (interface, path) of screensavers; any sender, any path: a spoofed "locked" only locks.
SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
CALL_TIMEOUT_MS = 5000
# (what, who, why, mode); who is the name the window shows, read when the call is made
INHIBIT = ("sleep", "", "Lock before the computer sleeps", "delay")


def _first_bool(message: QDBusMessage) -> bool | None:
    arguments = message.arguments()
    if not arguments:
        return None
    value = arguments[0]
    if isinstance(value, QDBusVariant):
        value = value.variant()
    return value if isinstance(value, bool) else None


class DBusSessionEvents(SessionEvents):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        self._session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self.session_path: str | None = None  # ours in logind, once known
        self._pending: set[QDBusPendingCallWatcher] = set()
        # The inhibitor's file descriptor while we hold one; a list so that the cleanup
        # closure below can close it without holding `self`.
        self._inhibitor: list[int] = []
        inhibitor = self._inhibitor
        self.destroyed.connect(lambda: _close_all(inhibitor))
        if self._system.isConnected():
            self._listen(
                self._system,
                MANAGER,
                "PrepareForSleep",
                "_on_prepare_for_sleep",
                service=LOGIN1,
                path=LOGIN1_PATH,
            )
            self._find_session(
                session_id if session_id is not None else os.environ.get("XDG_SESSION_ID", "")
            )
            self._take_inhibitor()
        if self._session.isConnected():
            for interface in SCREENSAVERS:
                self._listen(self._session, interface, "ActiveChanged", "_on_screensaver")

    def _listen(
        self,
        bus: QDBusConnection,
        interface: str,
        name: str,
        slot: str,
        *,
        service: str = "",
        path: str = "",
    ) -> None:
        """Connect a D-Bus signal to a slot taking the whole QDBusMessage (any signature);
        "" matches any sender or path. PySide wants SLOT()'s text as str at run time,
        although its stubs say bytes."""
        slot_text = SLOT(f"{slot}(QDBusMessage)")
        bus.connect(service, path, interface, name, self, slot_text)  # type: ignore[call-overload]

    # logind ------------------------------------------------------------------------------
    def _find_session(self, session_id: str) -> None:
        """Ask logind for our session object: by XDG_SESSION_ID, else "auto" (logind looks
        up the caller's session from its process)."""
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER, "GetSession")
        call.setArguments([session_id or "auto"])
        self._call(call, self._on_session_found)

    def _call(self, message: QDBusMessage, done: Callable[[QDBusMessage], None]) -> None:
        watcher = QDBusPendingCallWatcher(self._system.asyncCall(message, CALL_TIMEOUT_MS), self)
        self._pending.add(watcher)

        def finished(w: QDBusPendingCallWatcher) -> None:
            self._pending.discard(w)
            reply = w.reply()
            w.deleteLater()
            if reply.type() == QDBusMessage.MessageType.ReplyMessage:
                done(reply)

        watcher.finished.connect(finished)

    def _on_session_found(self, reply: QDBusMessage) -> None:
        arguments = reply.arguments()
        if not arguments or not isinstance(arguments[0], QDBusObjectPath):
            return
        path = arguments[0].path()
        self.session_path = path
        self._listen(self._system, SESSION, "Lock", "_on_lock", service=LOGIN1, path=path)
        self._listen(
            self._system,
            PROPERTIES,
            "PropertiesChanged",
            "_on_properties",
            service=LOGIN1,
            path=path,
        )

    @property
    def delays_sleep(self) -> bool:
        """Whether logind currently waits for us before sleeping."""
        return bool(self._inhibitor)

    def _take_inhibitor(self) -> None:
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER, "Inhibit")
        call.setArguments([INHIBIT[0], app_name(), *INHIBIT[2:]])
        self._call(call, self._on_inhibitor)

    def _on_inhibitor(self, reply: QDBusMessage) -> None:
        """Keep our own duplicate: Qt's copies close when the reply is dropped, and logind
        waits until every copy is closed."""
        arguments = reply.arguments()
        descriptor = arguments[0] if arguments else None
        if isinstance(descriptor, QDBusUnixFileDescriptor) and descriptor.isValid():
            _close_all(self._inhibitor)
            self._inhibitor.append(os.dup(descriptor.fileDescriptor()))

    @Slot(QDBusMessage)
    def _on_prepare_for_sleep(self, message: QDBusMessage) -> None:
        going = _first_bool(message)
        if going is True:
            self.request_lock(SUSPEND)  # the shell locks at once, in this call
            _close_all(self._inhibitor)  # now logind may sleep
        elif going is False and not self._inhibitor:
            self._take_inhibitor()  # awake again: be waited for next time

    @Slot(QDBusMessage)
    def _on_lock(self, _message: QDBusMessage) -> None:
        self.request_lock(SCREEN_LOCK)

    @Slot(QDBusMessage)
    def _on_properties(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if not arguments or arguments[0] != SESSION or self.session_path is None:
            return
        get = QDBusMessage.createMethodCall(LOGIN1, self.session_path, PROPERTIES, "Get")
        get.setArguments([SESSION, "Active"])
        self._call(get, self._on_active)

    def _on_active(self, reply: QDBusMessage) -> None:
        if _first_bool(reply) is False:
            self.request_lock(SESSION_SWITCH)

    # screensavers -----------------------------------------------------------------------
    @Slot(QDBusMessage)
    def _on_screensaver(self, message: QDBusMessage) -> None:
        if _first_bool(message) is True:
            self.request_lock(SCREEN_LOCK)


def _close_all(descriptors: list[int]) -> None:
    while descriptors:
        os.close(descriptors.pop())
