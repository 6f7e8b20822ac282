"""The read-only path the command line takes (services.reading.reader): the same records, in the
same order, as the services read through SQLAlchemy, on a real vault; and the vaults it must
not read as they are (an upgrade, a repair or index work due) are opened the usual way."""

from __future__ import annotations

import io
import json
import shutil
import uuid
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.factories import item_id, make_case, make_checklist, make_note, make_person

from satchel.cli.output import print_json
from satchel.errors import NotFoundError, UnsupportedVersionError
from satchel.services.checklists import case_checklists
from satchel.services.coercion import failed_unlocks
from satchel.services.core import search as searching
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, listings, note_pages, notes, people
from satchel.services.reading.reader import VaultReader, open_to_read
from satchel.store.engine import open_database
from satchel.vault import unlock_vault

QUERIES = ("passport", "паспорт", "Vasily", "pass", "Aufenthaltstitel", "hearing tribunal", "zz")


@pytest.fixture
def filled(vs: VaultSession) -> VaultSession:
    """Cases of every status with tags and checklist progress, people, notes: some pinned,
    some tagged, some on no case; words in four languages."""
    urgent = make_case(vs, "Passport renewal", status="waiting", tags=["Docs", "urgent"])
    make_case(vs, "Asylum hearing", priority="high", tags=["court"], due_date="2026-03-31")
    closed = make_case(vs, "Closed: school place", status="closed")
    checklist = make_checklist(vs, urgent)
    view = case_checklists.get_checklist(vs, checklist)
    case_checklists.set_item(vs, item_id(vs, checklist, view.items[0].item_key), state="done")
    case_checklists.set_item(vs, item_id(vs, checklist, view.items[1].item_key), state="not-needed")
    make_person(vs, "Василий", tags=["family"], case_id=urgent)
    make_person(vs, "Anna K", role="lawyer", organisation="Legal aid")
    for index in range(7):
        make_note(
            vs,
            f"Call {index}",
            "Паспорта нет, Vasily waits for the hearing; Aufenthaltstitels abgelaufen.",
            case_id=(urgent, closed, None)[index % 3],
            tags=["b", "a"] if index % 2 else [],
            pinned=index == 4,
        )
    notes.save_note(vs, make_note(vs, "Edited", "passport"), body="passport copy")
    return vs


@pytest.fixture
def both(filled: VaultSession) -> Iterator[tuple[VaultSession, VaultReader]]:
    """The filled vault read both ways at once: the session, and a reader of a copy of it.

    The vault's lock allows one opener, so the reader gets a byte-for-byte copy of the
    folder as the session left it (checkpointed, closed)."""
    folder = filled.vault.folder
    filled.close()
    copy = folder.parent / "copy"
    shutil.copytree(folder, copy)
    session = vault_session.unlock(folder, PASSPHRASE)
    reader = open_to_read(copy, PASSPHRASE)
    try:
        yield session, reader
    finally:
        reader.close()
        session.close()


def _printed(value: object) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        print_json(value)
    return out.getvalue()


def test_cases_and_people_are_those_the_services_list(
    both: tuple[VaultSession, VaultReader],
) -> None:
    session, reader = both
    assert listings.case_summaries(reader) == cases.list_cases(session, limit=1000)
    assert _printed(listings.case_summaries(reader)) == _printed(
        cases.list_cases(session, limit=1000)
    )
    for status, tag in (("waiting", None), ("open", None), (None, "#URGENT"), (None, "court")):
        where = cases.CaseFilter(status=status, tag=tag)
        assert listings.case_summaries(reader, status=status, tag=tag) == cases.list_cases(
            session, where, limit=1000
        )
    assert listings.person_summaries(reader) == people.list_people(session, limit=1000)
    lawyers = listings.person_summaries(reader, role="lawyer")
    assert lawyers == people.list_people(session, role="lawyer", limit=1000)
    assert [person.pseudonym for person in lawyers] == ["Anna K"]


@pytest.mark.parametrize("page", [2, 1000])
def test_notes_are_those_the_services_list_as_json_prints_them(
    both: tuple[VaultSession, VaultReader], page: int
) -> None:
    session, reader = both
    expected = json.loads(_printed(list(note_pages.iter_notes(session))))
    found = list(listings.iter_note_records(reader, page=page))
    assert found == expected
    assert len(found) == 8
    case_id = next(note["case_id"] for note in found if note["case_id"])
    assert list(listings.iter_note_records(reader, case_id=case_id[:8], page=page)) == [
        note for note in expected if note["case_id"] == case_id
    ]
    with pytest.raises(NotFoundError):
        listings.iter_note_records(reader, case_id="0123456789ab")  # at once, not at next()


def test_search_finds_the_same_results_in_the_same_order(
    both: tuple[VaultSession, VaultReader],
) -> None:
    session, reader = both
    for query in QUERIES:
        found = searching.search(reader, query)
        assert found == searching.search(session, query), query
        assert _printed(found) == _printed(searching.search(session, query))
        assert searching.count_matches(reader, query) == searching.count_matches(session, query)
    assert searching.search(reader, "Vasily")


def test_a_vault_from_a_newer_satchel_is_refused_with_the_usual_message(
    vs: VaultSession,
) -> None:
    with vs.transaction() as session:
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999_x'")
    folder = vs.vault.folder
    vs.close()
    with pytest.raises(UnsupportedVersionError) as usual:
        vault_session.unlock(folder, PASSPHRASE)
    with pytest.raises(UnsupportedVersionError) as read_only:
        open_to_read(folder, PASSPHRASE)
    assert str(read_only.value) == str(usual.value)
    assert "9999_x" in str(read_only.value)


def test_notes_left_to_index_are_indexed_before_reading(vs: VaultSession) -> None:
    """A save's index work queued but not done (the process ended first): the reader opens
    the vault the usual way, which indexes it, and finds the note."""
    note_id = make_note(vs, "Plain title", "nothing yet")
    folder = vs.vault.folder
    vs.close()
    vault = unlock_vault(folder, PASSPHRASE)
    engine = open_database(vault.database_path, vault.database_key)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE notes SET body = 'the heron came back' WHERE id = ?", (note_id.hex,)
            )
            connection.exec_driver_sql(
                "INSERT INTO search_pending (kind, ref_id) VALUES ('note', ?)", (note_id.hex,)
            )
    finally:
        engine.dispose()
        vault.close()
    with open_to_read(folder, PASSPHRASE) as reader:
        assert [result.id for result in searching.search(reader, "heron")] == [note_id]
    with open_to_read(folder, PASSPHRASE) as reader:  # and the next time, read as it is
        assert [result.id for result in searching.search(reader, "heron")] == [note_id]


def test_the_reader_cannot_write(filled: VaultSession) -> None:
    folder = filled.vault.folder
    filled.close()
    with open_to_read(folder, PASSPHRASE) as reader, reader.raw_reading() as connection:
        with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
            connection.execute("DELETE FROM notes")
        assert connection.execute("SELECT count(*) FROM notes").fetchone()[0] == 8


def test_an_unknown_id_is_named_like_everywhere_else(filled: VaultSession) -> None:
    folder = filled.vault.folder
    filled.close()
    with open_to_read(folder, PASSPHRASE) as reader, pytest.raises(NotFoundError) as found:
        list(listings.iter_note_records(reader, case_id=uuid.UUID(int=7)))
    assert str(uuid.UUID(int=7)) in str(found.value)


def test_failed_unlocks_are_counted_and_a_good_one_resets_them(
    vs: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read-only open passes through the failed-unlock limit like every unlock."""
    monkeypatch.setenv(failed_unlocks.STATE_ENV, str(tmp_path / "state"))
    failed_unlocks.save_policy(vs, failed_unlocks.FailedUnlockPolicy(5, True))
    folder = vs.vault.folder
    vs.close()
    for left in (4, 3):
        with pytest.raises(failed_unlocks.FailedUnlockError) as caught:
            open_to_read(folder, "not the passphrase")
        assert caught.value.attempts_left == left
    open_to_read(folder, PASSPHRASE).close()
    with pytest.raises(failed_unlocks.FailedUnlockError) as caught:
        vault_session.unlock(folder, "not the passphrase")
    assert caught.value.attempts_left == 4  # the good open set the count back to zero
