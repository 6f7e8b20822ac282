"""Process hardening at start: no core dumps, no ptrace by other processes of the user.

A crash must never write a core file full of names to disk, and a debugger attached by the
same user must not read the keys out of memory (Linux: PR_SET_DUMPABLE 0 does both).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """Set RLIMIT_CORE to 0 and, on Linux, mark the process non-dumpable.

    Returns True when every step that applies to this platform succeeded.
    """
    ok = True
    try:
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        ok = sys.platform == "win32"  # Windows writes no core files by default
    if sys.platform.startswith("linux"):
        ok = _prctl_not_dumpable() and ok
    return ok


def _prctl_not_dumpable() -> bool:
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return int(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    return False
