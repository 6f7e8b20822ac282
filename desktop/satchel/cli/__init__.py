"""`satchel COMMAND`: the command line. Errors reach the user as one plain sentence and an
exit code.

The window is not this package's business: `satchel.__main__` passes in how to open it, so
the command line never imports the desktop app and commands start fast and headless.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from satchel import event_log
from satchel.brand import environment, installed_brand
from satchel.cli.exit_codes import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, exit_code_for
from satchel.cli.failures import describe, refuse_undecodable
from satchel.cli.parser import build_parser
from satchel.cli.secrets_input import SecretReader
from satchel.errors import DamagedError, VaultError
from satchel.process_hardening import disable_core_dumps
from satchel.services.core.damage import is_damage
from satchel.services.core.repairs import VaultNotice, tell_notices_to

Handler = Callable[[argparse.Namespace, SecretReader], int]
Window = Callable[[argparse.Namespace], int]  # opens the window with the parsed options

# Each command by module and function name, imported only when that command runs: a script
# that calls `satchel search` does not pay for importing backups, bundles and PDF reports.
_VAULTS, _RECORDS = "vaults", "records"
_CHECKLISTS, _SHARING, _BACKUPS = "checklists", "sharing", "backups"
_SCRIPTED = "scripted"  # the read-only ones scripts call most: no SQLAlchemy
COMMANDS: dict[tuple[str, str | None], tuple[str, str]] = {
    ("init", None): (_VAULTS, "cmd_init"),
    ("info", None): (_VAULTS, "cmd_info"),
    ("check", None): (_VAULTS, "cmd_check"),
    ("passwd", None): (_VAULTS, "cmd_passwd"),
    ("recover", None): (_VAULTS, "cmd_recover"),
    ("wipe", None): (_VAULTS, "cmd_wipe"),
    ("case", "add"): (_RECORDS, "case_add"),
    ("case", "list"): (_SCRIPTED, "case_list"),
    ("case", "show"): (_RECORDS, "case_show"),
    ("person", "add"): (_RECORDS, "person_add"),
    ("person", "list"): (_SCRIPTED, "person_list"),
    ("person", "reveal"): (_RECORDS, "person_reveal"),
    ("note", "add"): (_RECORDS, "note_add"),
    ("note", "list"): (_SCRIPTED, "note_list"),
    ("note", "delete"): (_RECORDS, "note_delete"),
    ("search", None): (_SCRIPTED, "search"),
    ("checklist", "templates"): (_CHECKLISTS, "checklist_templates"),
    ("checklist", "add"): (_CHECKLISTS, "checklist_add"),
    ("checklist", "show"): (_CHECKLISTS, "checklist_show"),
    ("checklist", "set"): (_CHECKLISTS, "checklist_set"),
    ("identity", None): (_SHARING, "cmd_identity"),
    ("export", None): (_SHARING, "cmd_export"),
    ("import", None): (_SHARING, "cmd_import"),
    ("backup", None): (_BACKUPS, "cmd_backup"),
    ("backups", None): (_BACKUPS, "cmd_backups"),
    ("restore", None): (_BACKUPS, "cmd_restore"),
    ("report", None): ("report", "cmd_report"),
    ("duress", None): ("coercion", "cmd_duress"),
    ("travel", None): ("coercion", "cmd_travel"),
    ("return", None): ("coercion", "cmd_return"),
    ("failed-unlocks", None): ("coercion", "cmd_failed_unlocks"),
    ("trash", None): ("trash", "cmd_trash"),
}


def handler_for(command: str, action: str | None) -> Handler:
    """Import the command's module now, and return its function."""
    module, name = COMMANDS[(command, action)]
    found: Handler = getattr(importlib.import_module(f"satchel.cli.commands.{module}"), name)
    return found


def main(argv: Sequence[str] | None = None, *, window: Window | None = None) -> int:
    """Run one command, or `window` when none is given; returns the exit code."""
    disable_core_dumps()
    try:
        return _run(argv, window)
    except VaultError as error:
        return _report(error)
    except BrokenPipeError:
        # The reader stopped early (`satchel case list VAULT | head`): the work is done and
        # nobody is listening; keep Python from complaining when it flushes stdout at exit.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("satchel: interrupted; committed changes are kept.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        # Raised outside a service call (e.g. while closing), or a system error on a path.
        described = (
            DamagedError("database", "a page is corrupt or was altered")
            if is_damage(error)
            else describe(error)
        )
        if described is not None:
            return _report(described)
        if environment("DEBUG"):
            traceback.print_exc()
        print(
            f"satchel: unexpected problem ({type(error).__name__}). Committed changes are "
            f"kept. Run again with {installed_brand().env_prefix}_DEBUG=1 to see details for a "
            "bug report.",
            file=sys.stderr,
        )
        return EXIT_USAGE


def _print_notices(notices: list[VaultNotice]) -> None:
    for notice in notices:
        label = "repaired" if notice.is_repair else "note"
        print(f"satchel: {label}: {notice.sentence()}", file=sys.stderr)


def _run(argv: Sequence[str] | None, window: Window | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if event_log.asked_for(args.log_events):
        event_log.enable()
    refuse_undecodable(args)
    tell_notices_to(_print_notices)  # a repair is never silent, whatever the command
    if args.command is None:
        if window is None:
            parser.error("a command is required")
        return window(args)
    handler = handler_for(args.command, getattr(args, "action", None))
    try:
        code = handler(args, SecretReader())
    except VaultError as error:
        event_log.event("command.failed", exit_code=exit_code_for(error))
        raise
    event_log.event("command.finished", exit_code=code)
    return code


def _report(error: VaultError) -> int:
    print(f"satchel: {error}", file=sys.stderr)
    return exit_code_for(error)


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        stdout = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout)
        os.close(devnull)
