"""Nothing readable on disk.

Sentinel strings written through the services are absent from every file of the vault folder
(before and after checkpoint, and after closing); identity sentinels are absent even from the
decrypted database; a deleted note's sentinel is gone from the decrypted file after checkpoint.

Every field gets a sentinel of its own, so a failure names the field that leaked. The raw
files are searched for UTF-8 and UTF-16 forms, the decrypted pages and WAL frames for the
same (tests/sqlcipher_pages.py decrypts every page, free pages included). Each absence check
on decrypted bytes is paired with a presence check of a sentinel that must be there, so a
decryption that silently produced nothing could not pass.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest
from tests.sqlcipher_pages import decrypt_database_pages, decrypt_wal_frames

from satchel.services.checklists import case_checklists
from satchel.services.core import search
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, identity, notes, people, recently_deleted

# Non-identity fields: stored as text in the database (so present once decrypted), and
# indexed for search where the field is searchable. One token each, distinct from its
# first letters on, so the full-text index cannot share a prefix between two of them.
PLAIN = {
    "case title": "Avocetcasetitle",
    "case summary": "Bitternsummary",
    "case next action": "Curlewnextaction",
    "case tag": "Dotterelcasetag",
    "pseudonym": "Egretpseudonym",
    "organisation": "Fulmarorganisation",
    "safe way to reach": "Gannetcontactway",
    "person notes": "Hoopoepersonnotes",
    "note title": "Ibisnotetitle",
    "note body": "Jacanotebody",
    "note tag": "Kittiwakenotetag",
    "checklist item note": "Lapwingitemnote",
    "original's location": "Merlinoriginalplace",
    "cyrillic note body": "Нырокзаметкакириллица",
}
# Identity fields: sealed field by field before they reach the database.
IDENTITY = {
    "legal_name": "Щеглов Ястребинский Кириллович",
    "other_names": "Osprey Otherregisteredname",
    "birth_date": "1993-11-27 Pipitbirthdate",
    "nationality": "Quailnationality",
    "document_numbers": "Razorbill 4517 883092",
    "phone": "+7 913 578 2046",
    "email": "skua.mailbox@example.invalid",
    "address": "Турухтанская улица 17, кв. 9",
    "notes": "Twiteidentitynotes",
}


def _needles(sentinel: str) -> list[bytes]:
    """The forms a sentinel could take on disk: as written, folded as the search index
    keeps it, and its tail (the index stores a word after the prefix it shares with the
    word before), each in UTF-8 and UTF-16 of either byte order."""
    forms = {sentinel, sentinel.casefold(), sentinel.casefold()[3:]}
    return [form.encode(codec) for form in forms for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def _found(data: bytes, sentinels: Mapping[str, str]) -> set[str]:
    """The names of the sentinels any form of which occurs in `data`."""
    return {name for name, value in sentinels.items() if any(n in data for n in _needles(value))}


def _db(vs: VaultSession) -> str:
    """The database's name (format 2: "2" or "3", the side the passphrase opens)."""
    return vs.vault.database_path.name


def _found_in_folder(folder: Path, sentinels: Mapping[str, str]) -> dict[str, set[str]]:
    files = [path for path in sorted(folder.rglob("*")) if path.is_file()]
    assert {"0", "1", "2", "3", "4", "5", "6"} <= {p.name for p in files}
    found = {path.name: _found(path.read_bytes(), sentinels) for path in files}
    return {name: leaked for name, leaked in found.items() if leaked}


def _checkpoint(vs: VaultSession) -> None:
    assert vs.engine is not None
    with vs.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        busy, _log, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    assert busy == 0


def _write_everything(vs: VaultSession) -> uuid.UUID:
    case_id = cases.create_case(
        vs,
        title=f"Case {PLAIN['case title']}",
        summary=f"Summary: {PLAIN['case summary']}",
        tags=[PLAIN["case tag"]],
    )
    cases.update_case(vs, case_id, next_action=f"Then {PLAIN['case next action']}")
    person_id = people.create_person(
        vs,
        pseudonym=PLAIN["pseudonym"],
        organisation=PLAIN["organisation"],
        contact_method=PLAIN["safe way to reach"],
        identity=dict(list(IDENTITY.items())[:4]),
        case_id=case_id,
    )
    people.update_person(vs, person_id, notes=f"Notes: {PLAIN['person notes']}")
    identity.set_identity(vs, person_id, dict(list(IDENTITY.items())[4:]))
    assert identity.reveal_identity(vs, person_id) == IDENTITY
    notes.create_note(
        vs,
        title=PLAIN["note title"],
        body=f"# Call\n\n{PLAIN['note body']} and {PLAIN['cyrillic note body']}",
        case_id=case_id,
        tags=[PLAIN["note tag"]],
    )
    checklist_id = case_checklists.add_checklist(vs, case_id, "personal-documents")
    item = case_checklists.get_checklist(vs, checklist_id).items[1]
    case_checklists.set_item(
        vs,
        item.id,
        note=PLAIN["checklist item note"],
        original_location=PLAIN["original's location"],
    )
    return person_id


def test_sentinels_are_absent_from_every_file_and_identity_even_once_decrypted(
    vs: VaultSession, vault_folder: Path
) -> None:
    key = bytes(vs.vault.database_key)  # closing wipes the vault's own copy
    everything = {**PLAIN, **IDENTITY}
    _write_everything(vs)

    # 1. Committed, and still in the WAL.
    wal = vault_folder / f"{_db(vs)}-wal"
    assert wal.stat().st_size > 0
    assert _found_in_folder(vault_folder, everything) == {}
    frames = decrypt_wal_frames(wal, key)
    assert _found(frames, PLAIN) == set(PLAIN)  # the decryption really reads the WAL
    assert _found(frames, IDENTITY) == set()
    before = decrypt_database_pages(vault_folder / _db(vs), key)
    assert _found(before, IDENTITY) == set()

    # 2. Folded into the database.
    _checkpoint(vs)
    assert wal.stat().st_size == 0
    assert _found_in_folder(vault_folder, everything) == {}
    pages = decrypt_database_pages(vault_folder / _db(vs), key)
    assert _found(pages, PLAIN) == set(PLAIN)  # the decryption really reads the pages
    assert _found(pages, IDENTITY) == set()

    # 3. Closed.
    vs.close()
    assert vs.vault.keys_wiped
    assert _found_in_folder(vault_folder, everything) == {}
    closed = decrypt_database_pages(vault_folder / _db(vs), key)
    assert _found(closed, PLAIN) == set(PLAIN)
    assert _found(closed, IDENTITY) == set()


@pytest.mark.parametrize("through_the_bin", [True, False], ids=["emptied-bin", "at-once"])
def test_a_deleted_note_is_gone_from_the_decrypted_file(
    vs: VaultSession, vault_folder: Path, through_the_bin: bool
) -> None:
    key = bytes(vs.vault.database_key)
    gone = {
        "title": "Nightjargonetitle",
        "body": "Ortolangonebody",
        "deep in the body": "Ptarmigandeepinbody",
        "tag": "Quetzalgonetag",
    }
    kept = {"body": "Redpollkeptbody", "tag": "Sanderlingkepttag"}
    case_id = cases.create_case(vs, title="Deletion")
    notes.create_note(vs, title="Kept", body=kept["body"], case_id=case_id, tags=[kept["tag"]])
    # Long enough to spill onto overflow pages, with a sentinel far from the start.
    filler = " ".join(f"word{n}" for n in range(3_000))
    body = f"{gone['body']} {filler} {gone['deep in the body']} {filler}"
    note_id = notes.create_note(
        vs, title=gone["title"], body=body, case_id=case_id, tags=[gone["tag"], kept["tag"]]
    )
    _checkpoint(vs)
    assert _found(decrypt_database_pages(vault_folder / _db(vs), key), gone) == set(gone)

    if through_the_bin:
        notes.delete_note(vs, note_id)
        assert search.search(vs, gone["body"]) == []
        _checkpoint(vs)  # in the bin, the note is still in the vault (docs/SECURITY.md)
        assert _found(decrypt_database_pages(vault_folder / _db(vs), key), gone) == set(gone)
        assert recently_deleted.empty_bin(vs) == 1
    else:
        notes.delete_note(vs, note_id, keep=False)
    assert _found(decrypt_wal_frames(vault_folder / f"{_db(vs)}-wal", key), gone) == set()
    _checkpoint(vs)

    pages = decrypt_database_pages(vault_folder / _db(vs), key)
    assert _found(pages, gone) == set()
    assert _found(pages, kept) == set(kept)
    assert search.search(vs, gone["body"]) == []
    vs.close()
    assert _found(decrypt_database_pages(vault_folder / _db(vs), key), gone) == set()


# One word per revision, each with its own first letters (see PLAIN).
REVISION_WORDS = [
    "amberquokka",
    "birchvolute",
    "cobaltyurtwall",
    "dunepalisade",
    "emberkumquat",
    "fjordzither",
    "glacierwombat",
    "harborxylem",
    "indigoquince",
    "juniperyodel",
    "kelpmarimba",
    "lichenzephyr",
]


def _revision_sentinels(words: Iterable[str]) -> dict[str, str]:
    return {word: word.capitalize() for word in words}


def test_a_deleted_notes_old_revisions_go_with_it(vs: VaultSession, vault_folder: Path) -> None:
    key = bytes(vs.vault.database_key)
    revisions = _revision_sentinels(REVISION_WORDS)
    texts = list(revisions.values())
    note_id = notes.create_note(vs, title="Edited often", body=f"Draft {texts[0]}")
    for text in texts[1:]:
        assert notes.save_note(vs, note_id, body=f"Draft {text}")
    _checkpoint(vs)

    # Revision history is kept by design, so every old text is still in the file...
    assert len(notes.list_revisions(vs, note_id)) == len(texts)
    assert _found(decrypt_database_pages(vault_folder / _db(vs), key), revisions) == set(revisions)
    # ...but only the current text is searchable.
    assert [r.id for r in search.search(vs, texts[-1])] == [note_id]
    assert search.search(vs, texts[0]) == []

    notes.delete_note(vs, note_id)  # into the bin, then out of the vault
    recently_deleted.purge(vs, recently_deleted.list_bin(vs)[0].id)
    _checkpoint(vs)

    assert _found(decrypt_database_pages(vault_folder / _db(vs), key), revisions) == set()
