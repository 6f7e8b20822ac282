"""The few Objective-C runtime calls Satchel needs on macOS, through ctypes and libobjc.

No new dependency (PyObjC) for three small jobs: session notifications, a window's sharing
type, and the pasteboard's concealed marker. Every message send is given its exact C
signature (objc_msgSend must be cast per call, or arm64 passes arguments wrongly).

Written against Apple's documentation; it cannot run on Linux, where `runtime()` is None.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache
from typing import Any

_PLATFORM: str = sys.platform  # a plain str: the type checker runs on Linux too
APPKIT = "/System/Library/Frameworks/AppKit.framework/AppKit"


class ObjCRuntime:
    def __init__(self, libobjc: ctypes.CDLL, appkit: ctypes.CDLL) -> None:
        self.lib = libobjc
        self.appkit = appkit
        libobjc.objc_getClass.restype = ctypes.c_void_p
        libobjc.objc_getClass.argtypes = [ctypes.c_char_p]
        libobjc.sel_registerName.restype = ctypes.c_void_p
        libobjc.sel_registerName.argtypes = [ctypes.c_char_p]
        libobjc.objc_allocateClassPair.restype = ctypes.c_void_p
        libobjc.objc_allocateClassPair.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_size_t,
        ]
        libobjc.objc_registerClassPair.restype = None
        libobjc.objc_registerClassPair.argtypes = [ctypes.c_void_p]
        libobjc.class_addMethod.restype = ctypes.c_bool
        libobjc.class_addMethod.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_char_p,
        ]

    def cls(self, name: str) -> int | None:
        return self.lib.objc_getClass(name.encode())  # type: ignore[no-any-return]

    def sel(self, name: str) -> int | None:
        return self.lib.sel_registerName(name.encode())  # type: ignore[no-any-return]

    def send(
        self,
        receiver: int | None,
        selector: str,
        *args: Any,
        restype: Any = ctypes.c_void_p,
        argtypes: tuple[Any, ...] = (),
    ) -> Any:
        """[receiver selector:args...] with the given C types; nil receivers return nil."""
        if not receiver:
            return None
        prototype = ctypes.CFUNCTYPE(restype, ctypes.c_void_p, ctypes.c_void_p, *argtypes)
        function = prototype(("objc_msgSend", self.lib))
        return function(receiver, self.sel(selector), *args)

    def nsstring(self, text: str) -> int | None:
        """An autoreleased NSString (Qt's event loop drains the pool)."""
        return self.send(  # type: ignore[no-any-return]
            self.cls("NSString"),
            "stringWithUTF8String:",
            text.encode(),
            argtypes=(ctypes.c_char_p,),
        )

    def text(self, nsstring: int | None) -> str:
        raw = self.send(nsstring, "UTF8String", restype=ctypes.c_char_p)
        return raw.decode() if isinstance(raw, bytes) else ""

    def constant(self, name: str) -> int | None:
        """An exported `NSString *const` of AppKit, e.g. NSWorkspaceWillSleepNotification."""
        try:
            return ctypes.c_void_p.in_dll(self.appkit, name).value
        except ValueError:
            return None


@cache
def runtime() -> ObjCRuntime | None:
    """The runtime on macOS; None elsewhere or when a library cannot load."""
    if _PLATFORM != "darwin":
        return None
    path = ctypes.util.find_library("objc")
    if path is None:
        return None
    try:
        return ObjCRuntime(ctypes.CDLL(path), ctypes.CDLL(APPKIT))
    except OSError:
        return None
