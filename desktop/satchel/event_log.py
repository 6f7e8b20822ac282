"""Logging that carries events, never content: off by default, and only ever to stderr.

A log line says *that* something happened ("vault.unlocked", "backup.written count=3"),
never *what* the vault holds: no titles, names, paths, search text or error messages. The
rule is kept by types, not by care: `event` takes a name from the fixed EVENTS set and
fields that are ints or booleans, and refuses anything else, whether logging is on or not,
so a call that would leak fails in the tests the first time it runs.

Nothing is written unless the user asks, with `--log-events` or SATCHEL_LOG_EVENTS=1, and
then only to stderr: never a file, so nothing is left behind on disk.
"""

from __future__ import annotations

import logging
import re
import sys

from satchel.brand import environment, installed_brand

LOGGER_NAME = "satchel.events"
ENVIRONMENT_FLAG = "SATCHEL_LOG_EVENTS"
PREFIX = f"{installed_brand().package} event:"  # "satchel event:"; a neutral build's own

# Every event Satchel may report. A name is a fixed word chosen here, never built from data.
EVENTS = frozenset(
    {
        "app.started",
        "app.finished",
        "command.finished",
        "command.failed",
        "vault.created",
        "vault.unlocked",
        "vault.unlock_refused",
        "vault.repaired",
        "vault.conversion_deferred",
        "vault.locked",
        "vault.auto_locked",
        "passphrase.changed",
        "recovery_phrase.replaced",
        "duress.set",
        "duress.removed",
        "duress.kept",
        "failed_unlocks.set",
        "failed_unlocks.erased",
        "vault.panic_wiped",
        "vault.upgraded",
        "backup.written",
        "export.written",
        "report.written",
        "qt.message",
    }
)
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}\Z")
_logger = logging.getLogger(LOGGER_NAME)
_logger.propagate = False  # never reaches a handler someone else set up on the root logger
_logger.addHandler(logging.NullHandler())  # and Python's last-resort handler stays quiet
_stderr_handler: logging.Handler | None = None


def asked_for(flag: bool = False) -> bool:
    """Whether the user asked for event logging: the flag, or SATCHEL_LOG_EVENTS=1 (a
    neutral build's manual names its own prefix, read too)."""
    return flag or environment("LOG_EVENTS") == "1"


def enable(level: int = logging.INFO) -> None:
    """Send events to stderr from now on (only when the user asked for it)."""
    global _stderr_handler  # noqa: PLW0603 - one switch for the whole process
    if _stderr_handler is not None:
        return
    _stderr_handler = logging.StreamHandler(sys.stderr)
    _stderr_handler.setFormatter(logging.Formatter(f"{PREFIX} %(message)s"))
    _logger.addHandler(_stderr_handler)
    _logger.setLevel(level)


def disable() -> None:
    """Back to the default: nothing written anywhere."""
    global _stderr_handler  # noqa: PLW0603
    if _stderr_handler is not None:
        _logger.removeHandler(_stderr_handler)
        _stderr_handler.close()
        _stderr_handler = None
    _logger.setLevel(logging.NOTSET)


def enabled() -> bool:
    return _stderr_handler is not None


def event(name: str, **fields: int | bool) -> None:
    """Report that `name` happened, with counts and flags only.

    Raises ValueError for a name not in EVENTS and TypeError for a field that is not an
    int or a bool (a str, bytes, float, path, None ...), even while logging is off.
    """
    if name not in EVENTS:
        raise ValueError(f"not a Satchel event name: {name!r}")
    parts = [name]
    for key, value in fields.items():
        if not _FIELD_NAME.match(key):
            raise ValueError(f"not an event field name: {key!r}")
        if type(value) not in (int, bool):  # exact types: no str or float subclasses either
            raise TypeError(f"event field {key} must be an int or a bool")
        parts.append(f"{key}={int(value)}")
    if enabled():
        _logger.info(" ".join(parts))
