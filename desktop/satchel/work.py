"""Long work's one contract, free of Qt, so services, the command line and the window share it.

Work that takes long (key derivation, backups, bundles, imports, reports) takes an optional
`progress` callback, fed fractions from 0.0 to 1.0, and an optional `cancel` token that it
checks between steps. When the token was set, the work cleans up after itself and raises
`CancelledError`; nothing half-made stays behind. The window's task runner
(`satchel.ui.base.tasks`) feeds a progress bar and sets the token from its Cancel button.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from satchel.errors import CancelledError

__all__ = ["CancelToken", "CancelledError", "Progress", "check_cancelled", "stage"]

Progress = Callable[[float], None]


class CancelToken:
    """Set once by whoever may stop the work (a Cancel button, locking); read by the work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_cancelled(self) -> bool:
        return self._event.is_set()


def check_cancelled(cancel: CancelToken | None) -> None:
    """Raise CancelledError when the token was set; call between steps of the work."""
    if cancel is not None and cancel.is_cancelled():
        raise CancelledError()


def stage(progress: Progress | None, start: float, end: float) -> Progress:
    """A progress callback for one stage of a job, mapped onto [start, end] of the whole."""

    def scaled(fraction: float) -> None:
        if progress is not None:
            progress(start + (end - start) * min(max(fraction, 0.0), 1.0))

    return scaled
