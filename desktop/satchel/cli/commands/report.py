"""`satchel report`: a case report as PDF, redacted unless identities are asked for by name."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from satchel.cli.exit_codes import EXIT_OK
from satchel.cli.secrets_input import SecretReader
from satchel.cli.unlocking import with_vault
from satchel.errors import InvalidInputError
from satchel.services.core.session import VaultSession
from satchel.services.reports.case_report import build_case_report, record_report_written
from satchel.services.reports.sealing import SEALED_SUFFIX, report_sealer


def _target(text: str, *, sealed: bool = False) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise InvalidInputError(f"{path} is a folder; give a file name such as report.pdf.")
    if not path.parent.is_dir():
        raise InvalidInputError(f"The folder {path.parent} does not exist.")
    if sealed and not path.name.lower().endswith(SEALED_SUFFIX):
        raise InvalidInputError(f"{path.name} does not end in .age (try report.pdf.age).")
    if not sealed and path.suffix.lower() != ".pdf":
        raise InvalidInputError(f"{path.name} does not end in .pdf.")
    return path


@with_vault
def cmd_report(vs: VaultSession, args: argparse.Namespace, secrets: SecretReader) -> int:
    sealed = bool(args.recipient) or args.passphrase
    target = _target(args.to, sealed=sealed)
    passphrase = secrets.read("Report passphrase", confirm=True) if args.passphrase else None
    seal = report_sealer(args.recipient, passphrase)
    if args.no_notes and args.note:
        raise InvalidInputError("Use either --note or --no-notes, not both.")
    note_ids = [] if args.no_notes else args.note
    report = build_case_report(
        vs, args.case, note_ids=note_ids, with_identities=args.with_identities
    )
    # The one place the command line reaches into the ui package: the PDF is drawn by Qt's
    # PDF writer. It is imported only here, so every other command starts without Qt.
    from satchel.ui.reports.pdf import write_case_report_headless  # noqa: PLC0415

    try:
        write_case_report_headless(report, target, seal)
    except OSError as error:
        raise InvalidInputError(
            f"Could not write the report to {target}: {error.strerror or error}."
        ) from None
    record_report_written(vs, report)
    if args.with_identities and not sealed:
        print(
            "satchel: the report contains identity details; keep it as safe as the vault.",
            file=sys.stderr,
        )
    print(target)
    return EXIT_OK
