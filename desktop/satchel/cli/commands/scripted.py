"""The commands scripts call most: `search`, `note list`, `case list` and `person list`.

They only read, so they open the vault read-only without SQLAlchemy (cli.unlocking
.reading_vault, services.reading.reader), and import nothing else they do not use: a script
pays little more than the key derivation per call.
"""

from __future__ import annotations

import argparse

from satchel.cli.exit_codes import EXIT_OK
from satchel.cli.output import print_json, print_json_lines, print_rows, print_table
from satchel.cli.unlocking import reading_vault
from satchel.errors import InvalidInputError
from satchel.services.core import search as searching
from satchel.services.notebook import listings
from satchel.services.reading.reader import VaultReader

KIND_HEADINGS = {
    "case": "Cases",
    "person": "People",
    "note": "Notes",
    "checklist_item": "Checklist items",
}
ID_WIDTH = 36  # a UUID as text
MINUTE_WIDTH = len("2026-01-31T09:30+00:00")  # an aware time to the minute


@reading_vault
def note_list(reader: VaultReader, args: argparse.Namespace) -> int:
    # page by page, one note a line: 50,000 notes in flat memory, as JSON or as text
    found = listings.iter_note_records(reader, case_id=args.case)
    if args.json:
        print_json_lines(found)
    else:
        print_rows(
            ("ID", "CASE", "UPDATED", "TITLE"),
            (ID_WIDTH, ID_WIDTH, MINUTE_WIDTH),
            (
                (n["id"], n["case_id"] or "", n["updated_at"][:16] + "+00:00", n["title"])
                for n in found
            ),
        )
    return EXIT_OK


@reading_vault
def case_list(reader: VaultReader, args: argparse.Namespace) -> int:
    found = listings.case_summaries(reader, status=args.status, tag=args.tag)
    if args.json:
        print_json(found)
    else:
        print_table(
            ("ID", "STATUS", "PRIORITY", "DUE", "TITLE", "TAGS"),
            (
                (c.id, c.status, c.priority, c.due_date or "", c.title, ", ".join(c.tags))
                for c in found
            ),
        )
    return EXIT_OK


@reading_vault
def person_list(reader: VaultReader, args: argparse.Namespace) -> int:
    found = listings.person_summaries(reader)
    if args.json:
        print_json(found)
    else:
        print_table(
            ("ID", "PSEUDONYM", "ROLE", "ORGANISATION"),
            ((p.id, p.pseudonym, p.role, p.organisation) for p in found),
        )
    return EXIT_OK


@reading_vault
def search(reader: VaultReader, args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InvalidInputError("--limit must be at least 1.")
    results = searching.search(reader, args.query, limit=args.limit)
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
