"""Recently deleted: what a delete keeps for 30 days, what a restore brings back, what a purge
takes away for good."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from tests.conftest import PASSPHRASE
from tests.factories import (
    count_rows,
    item_id,
    make_case,
    make_checklist,
    make_note,
    make_person,
)

from satchel.errors import InvalidInputError
from satchel.services.checklists import case_checklists
from satchel.services.core import search
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook import attachments, cases, identity, notes, people
from satchel.services.notebook import recently_deleted as bin_
from satchel.store.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    migration_connection,
)
from satchel.store.models import AttachmentBlob, NoteRevision, Tag, TrashItem


def _full_case(vs: VaultSession) -> dict[str, object]:
    case_id = make_case(vs, "Heron — visa", summary="Consulate Tuesday", tags=["visa"])
    person_id = make_person(vs, "Heron", identity={"legal_name": "Olga Petrova"})
    people.link_person(vs, case_id, person_id, "client, speaks German")
    note_id = make_note(vs, "First call", "Passport in the lawyer's safe", case_id=case_id,
                        tags=["urgent"])  # fmt: skip
    notes.save_note(vs, note_id, body="Passport in the lawyer's safe, scanned")
    checklist_id = make_checklist(vs, case_id)
    item = item_id(
        vs, checklist_id, case_checklists.get_checklist(vs, checklist_id).items[0].item_key
    )
    case_checklists.set_item(vs, item, state="done", note="original seen")
    file_id = attachments.add_attachment(vs, filename="scan.txt", data=b"scan", case_id=case_id)
    return {"case": case_id, "person": person_id, "note": note_id, "item": item, "file": file_id}


def test_a_deleted_case_leaves_lists_and_search_and_comes_back_whole(vs: VaultSession) -> None:
    ids = _full_case(vs)
    before = cases.get_case(vs, ids["case"])
    found_before = sorted((r.kind, str(r.id)) for r in search.search(vs, "passport"))

    cases.delete_case(vs, ids["case"])

    assert cases.count_cases(vs) == 0
    assert search.search(vs, "consulate") == [] and search.search(vs, "passport") == []
    assert count_rows(vs, AttachmentBlob) == 0
    (entry,) = bin_.list_bin(vs)
    assert (entry.kind, entry.label) == ("case", "Heron — visa")
    assert entry.purge_at - entry.deleted_at == dt.timedelta(days=30)

    bin_.restore(vs, entry.id)

    after = cases.get_case(vs, ids["case"])
    assert after.title == before.title and after.summary == before.summary
    assert after.tags == before.tags
    assert [(p.pseudonym, p.role_in_case) for p in after.people] == [
        ("Heron", "client, speaks German")
    ]
    assert [n.title for n in after.notes] == ["First call"]
    assert count_rows(vs, NoteRevision) >= 1
    assert attachments.read_attachment(vs, ids["file"]) == b"scan"
    assert sorted((r.kind, str(r.id)) for r in search.search(vs, "passport")) == found_before
    assert {r.kind for r in search.search(vs, "consulate")} == {"case"}
    assert bin_.list_bin(vs) == []


def test_a_deleted_person_comes_back_with_identity_notes_and_roles(vs: VaultSession) -> None:
    ids = _full_case(vs)
    make_note(vs, "About Heron", "Calls after six", person_id=ids["person"])

    people.delete_person(vs, ids["person"])
    assert people.count_people(vs) == 0
    assert not cases.get_case(vs, ids["case"]).people
    assert search.search(vs, "six") == []

    bin_.restore(vs, bin_.list_bin(vs)[0].id)

    assert identity.reveal_identity(vs, ids["person"])["legal_name"] == "Olga Petrova"
    assert [p.role_in_case for p in cases.get_case(vs, ids["case"]).people] == [
        "client, speaks German"
    ]
    assert [r.kind for r in search.search(vs, "six")] == ["note"]


def test_a_note_or_file_needs_its_case_back_first(vs: VaultSession) -> None:
    ids = _full_case(vs)
    notes.delete_note(vs, ids["note"])
    cases.delete_case(vs, ids["case"])
    note_entry, case_entry = sorted(bin_.list_bin(vs), key=lambda e: e.kind != "note")

    with pytest.raises(InvalidInputError, match="restore that first"):
        bin_.restore(vs, note_entry.id)
    assert len(bin_.list_bin(vs)) == 2  # nothing changed

    bin_.restore(vs, case_entry.id)
    bin_.restore(vs, note_entry.id)
    assert [n.title for n in cases.get_case(vs, ids["case"]).notes] == ["First call"]


def test_a_restored_person_whose_pseudonym_was_taken_gets_a_number(vs: VaultSession) -> None:
    person_id = make_person(vs, "Kestrel")
    people.delete_person(vs, person_id)
    make_person(vs, "kestrel")

    bin_.restore(vs, bin_.list_bin(vs)[0].id)

    assert people.get_person(vs, person_id).pseudonym == "Kestrel (2)"


def test_tags_are_shared_again_not_doubled(vs: VaultSession) -> None:
    note_id = make_note(vs, "Tagged", case_id=make_case(vs), tags=["Transit"])
    notes.delete_note(vs, note_id)
    assert count_rows(vs, Tag) == 0
    make_case(vs, tags=["transit"])

    bin_.restore(vs, bin_.list_bin(vs)[0].id)

    assert count_rows(vs, Tag) == 1
    assert list(notes.get_note(vs, note_id).tags) == ["transit"]


def test_after_thirty_days_items_are_purged_for_good(vs: VaultSession) -> None:
    old, recent = make_note(vs, case_id=make_case(vs)), make_note(vs, case_id=make_case(vs))
    notes.delete_note(vs, old)
    notes.delete_note(vs, recent)
    with vs.transaction() as session:
        row = session.query(TrashItem).filter_by(record_id=old).one()
        row.deleted_at = row.deleted_at - dt.timedelta(days=31)

    assert bin_.purge_expired(vs) == 1
    assert [e.record_id for e in bin_.list_bin(vs)] == [recent]
    assert bin_.purge_expired(vs) == 0


def test_delete_at_once_and_empty_the_bin_keep_nothing(vs: VaultSession) -> None:
    file_id = attachments.add_attachment(vs, filename="a.txt", data=b"x", case_id=make_case(vs))
    attachments.delete_attachment(vs, file_id, keep=False)
    assert bin_.list_bin(vs) == []

    cases.delete_case(vs, make_case(vs))
    people.delete_person(vs, make_person(vs))
    assert bin_.empty_bin(vs) == 2
    assert count_rows(vs, TrashItem) == 0


def test_a_file_deleted_alone_comes_back(vs: VaultSession) -> None:
    case_id = make_case(vs)
    file_id = attachments.add_attachment(vs, filename="letter.txt", data=b"hello", case_id=case_id)
    attachments.delete_attachment(vs, file_id)
    (entry,) = bin_.list_bin(vs)
    assert (entry.kind, entry.label) == ("attachment", "letter.txt")

    bin_.restore(vs, entry.id)

    assert attachments.read_attachment(vs, file_id) == b"hello"


def test_a_vault_made_before_the_bin_upgrades_and_keeps_everything(
    vs: VaultSession, vault_folder: Path
) -> None:
    """A vault at revision 0002 (today's released schema) opens, is upgraded, and bins."""
    case_id = make_case(vs, "Old case")
    note_id = make_note(vs, "Old note", "kept through the upgrade", case_id=case_id)
    engine = vs.engine
    assert engine is not None
    with migration_connection(engine) as connection:
        command.downgrade(alembic_config(connection), "0002_commit_counter")
    assert current_revision(engine) == "0002_commit_counter"
    vs.close()

    with vault_session.unlock(vault_folder, PASSPHRASE) as upgraded:
        assert upgraded.engine is not None
        assert current_revision(upgraded.engine) == HEAD_REVISION
        assert notes.get_note(upgraded, note_id).body == "kept through the upgrade"
        notes.delete_note(upgraded, note_id)
        bin_.restore(upgraded, bin_.list_bin(upgraded)[0].id)
        assert [n.title for n in cases.get_case(upgraded, case_id).notes] == ["Old note"]
