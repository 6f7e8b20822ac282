"""`satchel trash`: what is in Recently deleted, and restoring or purging it."""

from __future__ import annotations

import argparse

from satchel.cli.exit_codes import EXIT_OK
from satchel.cli.output import print_json, print_table
from satchel.cli.secrets_input import SecretReader
from satchel.cli.unlocking import with_vault
from satchel.services.core.session import VaultSession
from satchel.services.notebook import recently_deleted


@with_vault
def cmd_trash(vs: VaultSession, args: argparse.Namespace, secrets: SecretReader) -> int:
    recently_deleted.purge_expired(vs)
    if args.restore:
        entry = recently_deleted.restore(vs, args.restore)
        print(f"restored {entry.kind} {entry.record_id}")
    elif args.purge:
        recently_deleted.purge(vs, args.purge)
        print("purged 1 item")
    elif args.empty:
        count = recently_deleted.empty_bin(vs)
        print(f"purged {count} item{'' if count == 1 else 's'}")
    else:
        entries = recently_deleted.list_bin(vs)
        if args.json:
            print_json(entries)
        else:
            print_table(
                ("ID", "KIND", "DELETED", "PURGED ON", "WHAT"),
                (
                    (
                        e.id,
                        e.kind,
                        e.deleted_at.isoformat(sep=" ", timespec="minutes"),
                        e.purge_at.date().isoformat(),
                        e.label,
                    )
                    for e in entries
                ),
            )
    return EXIT_OK
