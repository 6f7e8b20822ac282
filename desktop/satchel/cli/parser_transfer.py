"""Parsers of the commands that move a vault's data out and back: backups, bundles, reports.

Argparse only: the command modules, and the services they need, are imported when their
command runs (see satchel.cli.COMMANDS), never to build the parser.
"""

from __future__ import annotations

import argparse
from typing import Any


def add_backup_commands(commands: argparse._SubParsersAction[Any]) -> None:
    """The three commands' parsers; `commands` is build_parser's subparsers object."""
    backup = commands.add_parser("backup", help="write an encrypted backup of the vault now")
    backup.add_argument("vault", metavar="VAULT", help="the vault folder")
    backup.add_argument(
        "--to",
        metavar="DIR",
        default=None,
        help="the folder for the backup (default: the vault's backup folder)",
    )
    listing = commands.add_parser("backups", help="list a vault's backups (no passphrase)")
    listing.add_argument("vault", metavar="VAULT", help="the vault folder")
    listing.add_argument(
        "--in",
        dest="folder",
        metavar="DIR",
        default=None,
        help="look in this folder (default: the 'backups' folder inside the vault)",
    )
    listing.add_argument(
        "--counts",
        action="store_true",
        help="ask for the passphrase and show what each backup holds",
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    restore = commands.add_parser(
        "restore", help="restore a backup file as a new vault (no passphrase)"
    )
    restore.add_argument("backup_file", metavar="BACKUP_FILE")
    restore.add_argument(
        "--to", metavar="NEW_VAULT", required=True, help="a new or empty folder for the vault"
    )


def add_report_parser(commands: argparse._SubParsersAction[Any]) -> None:
    report = commands.add_parser(
        "report", help="write a case report as PDF (pseudonyms only unless asked)"
    )
    report.add_argument("vault", metavar="VAULT", help="the vault folder")
    report.add_argument("--case", required=True, metavar="ID", help="the case id (or a prefix)")
    report.add_argument(
        "--to",
        required=True,
        metavar="FILE.pdf",
        help="where to write the PDF (its folder must exist)",
    )
    report.add_argument(
        "--note",
        action="append",
        default=None,
        metavar="ID",
        help="a note of the case to include (repeatable); without it, every note of the case",
    )
    report.add_argument(
        "--no-notes", action="store_true", help="leave every note out (status and checklists only)"
    )
    report.add_argument(
        "--with-identities",
        action="store_true",
        help="include legal names, phones and other identity fields (logged as revealed)",
    )
    report.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="AGE1…",
        help="encrypt the PDF with age to this sharing key (repeatable); FILE must end in .age",
    )
    report.add_argument(
        "--passphrase",
        action="store_true",
        help="encrypt the PDF with age to a passphrase (read after the vault passphrase)",
    )


def add_share_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    """The three commands; called once from build_parser."""
    identity = commands.add_parser(
        "identity", help="print the vault's age public key, for colleagues to send to"
    )
    identity.add_argument("vault", metavar="VAULT", help="the vault folder")

    export = commands.add_parser(
        "export", help="export a case or the whole vault as an age-encrypted bundle"
    )
    export.add_argument("vault", metavar="VAULT", help="the vault folder")
    export.add_argument(
        "--case", default=None, metavar="ID", help="only this case (and its people)"
    )
    export.add_argument("--to", required=True, metavar="FILE.age", help="the bundle to write")
    to_whom = export.add_mutually_exclusive_group(required=True)
    to_whom.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="AGE1…",
        help="a colleague's age public key (repeatable)",
    )
    to_whom.add_argument(
        "--passphrase",
        action="store_true",
        help="protect the bundle with a passphrase (read after the vault passphrase)",
    )
    export.add_argument(
        "--with-identities",
        action="store_true",
        help="include the identity fields (legal names, documents, phones…); off by default",
    )

    imported = commands.add_parser("import", help="merge a bundle into the vault by id")
    imported.add_argument("vault", metavar="VAULT", help="the vault folder")
    imported.add_argument("file", metavar="FILE.age", help="the bundle to import")
    imported.add_argument("--json", action="store_true", help="print JSON for scripts")
    imported.add_argument(
        "--save-travel-backup",
        metavar="DIR",
        default=None,
        help="the bundle is a colleague's travel backup: save the backup file it holds in DIR "
        "for them (nothing is imported)",
    )
