"""Commands for backups: backup (needs the passphrase), backups (lists), restore (needs none).

`backup` reads the vault through SQLCipher to take a consistent copy, so it needs the
passphrase. `restore` only copies an encrypted file out into a new folder: no secret is
asked, and the result opens with the passphrase the vault had on the day of the backup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from satchel.cli.exit_codes import EXIT_OK
from satchel.cli.output import print_json, print_table
from satchel.cli.secrets_input import SecretReader
from satchel.services import access
from satchel.services.backups.copying import default_folder
from satchel.services.backups.operations import BackupEntry, back_up, backup_folder, list_backups
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.core import session as vault_session


def cmd_backup(args: argparse.Namespace, secrets: SecretReader) -> int:
    with vault_session.unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
        made = back_up(vs, Path(args.to) if args.to else None)
    print(made)
    print("Backup written. It opens with today's passphrase or recovery phrase.", file=sys.stderr)
    return EXIT_OK


def _entry_json(entry: BackupEntry) -> dict[str, Any]:
    manifest = entry.manifest
    return {
        "file": str(entry.path),
        "size": entry.size,
        "created": None if manifest is None else manifest.created,
        "reason": None if manifest is None else manifest.reason,
        "same_vault": entry.same_vault,
        "schema_revision": None if manifest is None else manifest.schema_revision,
        "counts": entry.counts,
        "problem": entry.problem,
    }


def _when(entry: BackupEntry) -> str:
    created = entry.created
    return "?" if created is None else created.astimezone().strftime("%Y-%m-%d %H:%M")


def _what(entry: BackupEntry) -> str:
    if entry.problem is not None:
        return entry.problem
    if entry.same_vault is False:
        return "another vault"
    counts = entry.counts
    if counts is None:
        return ""
    return (
        f"{counts.cases} cases, {counts.people} people, {counts.notes} notes, "
        f"{counts.checklists} checklists, {counts.attachments} files"
    )


def cmd_backups(args: argparse.Namespace, secrets: SecretReader) -> int:
    vault = Path(args.vault)
    if args.counts:
        with vault_session.unlock(vault, secrets.read("Passphrase")) as vs:
            folder = Path(args.folder) if args.folder else backup_folder(vs)
            entries = list_backups(
                folder, vault_id=vs.vault.vault_id, database_key=vs.vault.database_key
            )
    else:
        folder = Path(args.folder) if args.folder else default_folder(vault)
        entries = list_backups(folder, vault_id=access.vault_id(vault))
    if args.json:
        print_json({"folder": str(folder), "backups": [_entry_json(e) for e in entries]})
        return EXIT_OK
    if not entries:
        print(f"No backups in {folder}.", file=sys.stderr)
        return EXIT_OK
    print_table(
        ("created", "size", "reason", "holds", "file"),
        [
            (
                _when(e),
                _size(e.size),
                "" if e.manifest is None else e.manifest.reason,
                _what(e),
                e.path.name,
            )
            for e in entries
        ],
    )
    return EXIT_OK


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, size // 1024)} KB"


def cmd_restore(args: argparse.Namespace, secrets: SecretReader) -> int:
    manifest = restore_as_new_vault(Path(args.backup_file), Path(args.to))
    if manifest.format_version == 2:  # its date is sealed
        print(
            f"Restored into {args.to}. Unlock it with the passphrase (or recovery phrase) the "
            "vault had on the day of the backup.",
            file=sys.stderr,
        )
        return EXIT_OK
    day = manifest.created.astimezone().strftime("%Y-%m-%d %H:%M")
    print(
        f"Restored into {args.to}. Unlock it with the passphrase (or recovery phrase) the "
        f"vault had on {day}.",
        file=sys.stderr,
    )
    return EXIT_OK
