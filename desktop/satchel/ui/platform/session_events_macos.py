"""macOS: lock on sleep, display sleep, screen lock and fast user switching.

NSWorkspace's notification centre posts NSWorkspaceWillSleepNotification,
NSWorkspaceScreensDidSleepNotification and NSWorkspaceSessionDidResignActiveNotification;
the distributed notification centre posts "com.apple.screenIsLocked" when the screen locks.
An Objective-C observer class is made at run time (libobjc) with one method,
`satchelSessionEvent:`, that forwards the notification's name here. Both centres deliver
on the main thread, which is Qt's.

Written against Apple's documentation; it is not run by the tests (Linux), which check only
the table below.
"""

from __future__ import annotations

import ctypes

from PySide6.QtCore import QObject

from satchel.ui.platform.macos_objc import ObjCRuntime, runtime
from satchel.ui.platform.session_events import SCREEN_LOCK, SESSION_SWITCH, SUSPEND, SessionEvents

# AppKit's exported NSString constants, by symbol name, and what each means for us.
WORKSPACE_NOTIFICATIONS = {
    "NSWorkspaceWillSleepNotification": SUSPEND,
    "NSWorkspaceScreensDidSleepNotification": SCREEN_LOCK,
    "NSWorkspaceSessionDidResignActiveNotification": SESSION_SWITCH,
}
# Posted by loginwindow on the distributed centre; not a public constant, a known name.
SCREEN_LOCKED = "com.apple.screenIsLocked"
OBSERVER_CLASS = "SatchelSessionObserver"
SELECTOR = "satchelSessionEvent:"

_Imp = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_receivers: dict[int, MacSessionEvents] = {}


def reasons_by_name(names: dict[str, str]) -> dict[str, str]:
    """Notification name (as posted) to reason; `names` maps AppKit symbol to its value."""
    table = {
        names.get(symbol, symbol): reason for symbol, reason in WORKSPACE_NOTIFICATIONS.items()
    }
    table[SCREEN_LOCKED] = SCREEN_LOCK
    return table


def _on_notification(observer: int, _selector: int, notification: int) -> None:
    receiver = _receivers.get(observer)
    if receiver is not None:
        receiver.notified(notification)


_IMP = _Imp(_on_notification)  # kept for the life of the process: the class points to it


def _observer_class(objc: ObjCRuntime) -> int | None:
    existing = objc.cls(OBSERVER_CLASS)
    if existing:
        return existing
    made = objc.lib.objc_allocateClassPair(objc.cls("NSObject"), OBSERVER_CLASS.encode(), 0)
    if not made:
        return None
    imp = ctypes.cast(_IMP, ctypes.c_void_p)
    objc.lib.class_addMethod(made, objc.sel(SELECTOR), imp, b"v@:@")
    objc.lib.objc_registerClassPair(made)
    return made  # type: ignore[no-any-return]


class MacSessionEvents(SessionEvents):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._objc = runtime()
        self._centres: list[int] = []
        self._reasons: dict[str, str] = {}
        self._observer = self._start(self._objc) if self._objc is not None else None
        if self._objc is not None and self._observer is not None:
            # A closure without `self`: it runs after the wrapper's C++ side is gone.
            objc, observer, centres = self._objc, self._observer, list(self._centres)
            self.destroyed.connect(lambda: _remove_observer(objc, observer, centres))

    def _start(self, objc: ObjCRuntime) -> int | None:
        """Make the observer and add it to both centres; its address, or None."""
        klass = _observer_class(objc)
        made = objc.send(objc.send(klass, "alloc"), "init")
        if not made:
            return None
        observer = int(made)
        _receivers[observer] = self
        values = {symbol: objc.text(objc.constant(symbol)) for symbol in WORKSPACE_NOTIFICATIONS}
        self._reasons = reasons_by_name({k: v for k, v in values.items() if v})
        workspace = objc.send(
            objc.send(objc.cls("NSWorkspace"), "sharedWorkspace"), "notificationCenter"
        )
        distributed = objc.send(objc.cls("NSDistributedNotificationCenter"), "defaultCenter")
        add = (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
        for symbol in WORKSPACE_NOTIFICATIONS:
            name = objc.constant(symbol)
            if workspace and name:
                objc.send(
                    workspace,
                    "addObserver:selector:name:object:",
                    observer,
                    objc.sel(SELECTOR),
                    name,
                    None,
                    restype=None,
                    argtypes=add,
                )
        if distributed:
            objc.send(
                distributed,
                "addObserver:selector:name:object:",
                observer,
                objc.sel(SELECTOR),
                objc.nsstring(SCREEN_LOCKED),
                None,
                restype=None,
                argtypes=add,
            )
        self._centres = [int(c) for c in (workspace, distributed) if c]
        return observer

    def notified(self, notification: int) -> None:
        if self._objc is None:
            return
        reason = self._reasons.get(self._objc.text(self._objc.send(notification, "name")))
        if reason is not None:
            self.request_lock(reason)


def _remove_observer(objc: ObjCRuntime, observer: int, centres: list[int]) -> None:
    """Both centres keep an unretained pointer to the observer: remove it, then release."""
    for centre in centres:
        objc.send(centre, "removeObserver:", observer, restype=None, argtypes=(ctypes.c_void_p,))
    _receivers.pop(observer, None)
    objc.send(observer, "release", restype=None)
