"""A note saved from the editor is found by the next search, though its save only queued it
for the index; and a queue left by a crash is caught up after the next unlock."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from tests.conftest import PASSPHRASE
from tests.factories import make_note

from satchel.services.core import search
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook import notes


def queued(vs: VaultSession) -> int:
    with vs.reading() as session:
        return int(session.execute(text("SELECT count(*) FROM search_pending")).scalar_one())


def found(vs: VaultSession, word: str) -> int:
    return len(search.search(vs, word))


def test_a_saved_note_is_found_by_the_next_search(vs: VaultSession) -> None:
    note_id = make_note(vs, "Call", "first draft")
    assert notes.save_note(vs, note_id, body="the quetzalite plan", autosave=True)
    assert queued(vs) == 1  # the save committed the note and only queued its index
    assert found(vs, "quetzalite") == 1
    assert queued(vs) == 0
    assert found(vs, "draft") == 0  # the old words left the index


def test_locking_indexes_the_queue_and_a_crash_loses_nothing(
    vs: VaultSession, vault_folder: Path
) -> None:
    note_id = make_note(vs, "Call", "first draft")
    notes.save_note(vs, note_id, body="the quetzalite plan")
    vs.close()
    with vault_session.unlock(vault_folder, PASSPHRASE) as again:
        assert queued(again) == 0
        notes.save_note(again, note_id, body="the obsidianite plan")
        assert again.engine is not None
        again.engine.dispose()  # as if the process died before the index caught up
        again.engine = None
        again.vault.close()
    with vault_session.unlock(vault_folder, PASSPHRASE) as after:
        assert queued(after) == 1
        assert found(after, "obsidianite") == 1
        assert found(after, "quetzalite") == 0
