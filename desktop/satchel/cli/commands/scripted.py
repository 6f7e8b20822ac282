"""The commands scripts call most, `search` and `note list`: each imports only what it needs
(no models of cases or people, no checklist templates), so a script pays little more than
the key derivation per call."""

from __future__ import annotations

import argparse

from satchel.cli.exit_codes import EXIT_OK
from satchel.cli.output import print_json, print_json_lines, print_table
from satchel.cli.secrets_input import SecretReader
from satchel.cli.unlocking import with_vault
from satchel.errors import InvalidInputError
from satchel.services.core import search as searching
from satchel.services.core.session import VaultSession

KIND_HEADINGS = {
    "case": "Cases",
    "person": "People",
    "note": "Notes",
    "checklist_item": "Checklist items",
}


@with_vault
def note_list(vs: VaultSession, args: argparse.Namespace, secrets: SecretReader) -> int:
    from satchel.services.notebook import note_pages  # noqa: PLC0415  (the models: list only)

    if args.json:  # page by page, one note a line: 50,000 notes in flat memory
        print_json_lines(note_pages.iter_note_records(vs, case_id=args.case))
    else:
        found = note_pages.iter_notes(vs, case_id=args.case)
        print_table(
            ("ID", "CASE", "UPDATED", "TITLE"),
            (
                (n.id, n.case_id or "", n.updated_at.isoformat(timespec="minutes"), n.title)
                for n in found
            ),
        )
    return EXIT_OK


@with_vault
def search(vs: VaultSession, args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.limit < 1:
        raise InvalidInputError("--limit must be at least 1.")
    results = searching.search(vs, args.query, limit=args.limit)
    if args.json:
        print_json(results)
        return EXIT_OK
    kind = None
    for result in results:
        if result.kind != kind:
            if kind is not None:
                print()
            kind = result.kind
            print(f"{KIND_HEADINGS.get(kind, kind)}:")
        print(f"  {result.id}  {result.title}")
        if result.snippet:
            print(f"      {result.snippet}")
    return EXIT_OK
