"""Commands on what a vault holds: cases, people and notes (search and note list are in
scripted)."""

from __future__ import annotations

import argparse
from pathlib import Path

from satchel.cli.exit_codes import EXIT_OK
from satchel.cli.output import print_fields, print_json
from satchel.cli.secrets_input import SecretReader
from satchel.cli.unlocking import with_vault
from satchel.errors import InvalidInputError
from satchel.services.core.session import VaultSession, unlock
from satchel.services.core.user_files import read_user_file
from satchel.services.notebook import cases, identity, notes, people


@with_vault
def case_add(vs: VaultSession, args: argparse.Namespace, secrets: SecretReader) -> int:
    print(
        cases.create_case(
            vs,
            title=args.title,
            status=args.status,
            priority=args.priority,
            tags=args.tag,
            summary=args.summary,
            next_action=args.next_action,
            due_date=args.due,
        )
    )
    return EXIT_OK


@with_vault
def case_show(vs: VaultSession, args: argparse.Namespace, secrets: SecretReader) -> int:
    case = cases.get_case(vs, args.id)
    if args.json:
        print_json(case)
        return EXIT_OK
    print_fields(
        [
            ("id", case.id),
            ("title", case.title),
            ("status", case.status),
            ("priority", case.priority),
            ("tags", ", ".join(case.tags)),
            ("next action", case.next_action),
            ("due", case.due_date or ""),
            ("opened", case.opened_at.isoformat(timespec="seconds")),
            ("updated", case.updated_at.isoformat(timespec="seconds")),
        ]
    )
    if case.summary:
        print(f"\n{case.summary}")
    if case.people:
        print("\nPeople:")
        for m in case.people:
            print(f"  {m.person_id}  {m.pseudonym} ({m.role_in_case or m.role})")
    if case.notes:
        print("\nNotes:")
        for n in case.notes:
            print(f"  {n.id}  {n.updated_at.date()}  {n.title}")
    for checklist in case.checklists:
        done, counted = checklist.progress
        print(f"\nChecklist {checklist.id}: {checklist.title} ({done}/{counted} done)")
    return EXIT_OK


@with_vault
def person_add(vs: VaultSession, args: argparse.Namespace, secrets: SecretReader) -> int:
    sealed = {
        "legal_name": args.legal_name,
        "phone": args.phone,
        "document_numbers": "\n".join(args.document_number) or None,
    }
    print(
        people.create_person(
            vs,
            pseudonym=args.pseudonym,
            role=args.role,
            organisation=args.organisation,
            identity={k: v for k, v in sealed.items() if v},
            case_id=args.case,
            role_in_case=args.role_in_case,
        )
    )
    return EXIT_OK


@with_vault
def person_reveal(vs: VaultSession, args: argparse.Namespace, secrets: SecretReader) -> int:
    person = people.get_person(vs, args.id)
    fields = identity.reveal_identity(vs, person.id)
    if args.json:
        print_json({"id": person.id, "pseudonym": person.pseudonym, "identity": fields})
    else:
        print_fields(
            [
                ("pseudonym", person.pseudonym),
                *((name.replace("_", " "), value) for name, value in fields.items()),
            ]
        )
    return EXIT_OK


# UTF-8 takes at most four bytes a character: a larger file cannot be a body that fits.
MAX_BODY_BYTES = notes.MAX_BODY * 4


def _read_body_file(name: str) -> str:
    data = read_user_file(Path(name), MAX_BODY_BYTES)  # bounded before a byte is read
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError(f"{name} is not UTF-8 text.") from None


def note_add(args: argparse.Namespace, secrets: SecretReader) -> int:
    """Reads the body file before the (slow) unlock, so a wrong path fails at once."""
    body = None if args.body_file == "-" else _read_body_file(args.body_file)
    passphrase = secrets.read("Passphrase")
    if body is None:
        body = secrets.read_rest(MAX_BODY_BYTES)
    with unlock(Path(args.vault), passphrase) as vs:
        note_id = notes.create_note(
            vs, case_id=args.case, title=args.title, body=body, tags=args.tag
        )
    print(note_id)
    return EXIT_OK


@with_vault
def note_delete(vs: VaultSession, args: argparse.Namespace, secrets: SecretReader) -> int:
    notes.delete_note(vs, args.id, keep=not args.now)
    return EXIT_OK
