"""A delete takes the old text out of the database's WAL before it returns.

Measured before: a note saved 25 times, deleted, then the process killed: every one of the 25
wordings decrypted (with the key) from the WAL until the next unlock. Here the files are
copied the moment the delete returns, as a power cut would leave them, and every page and
WAL frame of the copy is decrypted and searched.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.sqlcipher_pages import decrypt_database_pages, decrypt_wal_frames

from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, notes, people, recently_deleted

# Words that cannot be parts of hex, digits or one another (see test_nothing_readable.py).
WORDINGS = [f"{word}{n}" for n, word in enumerate(["Quokkavolute", "Zitherwombat"] * 13)][:25]


def _as_a_power_cut_leaves_it(vs: VaultSession, folder: Path, into: Path) -> tuple[bytes, bytes]:
    into.mkdir()
    database = vs.vault.database_path.name  # format 2: "2" or "3"
    for name in (database, f"{database}-wal"):
        if (folder / name).exists():
            shutil.copy2(folder / name, into / name)
    key = bytes(vs.vault.database_key)
    wal = into / f"{database}-wal"
    frames = decrypt_wal_frames(wal, key) if wal.exists() else b""
    return decrypt_database_pages(into / database, key), frames


def _note_saved_often(vs: VaultSession, **where: object) -> uuid.UUID:
    note_id = notes.create_note(vs, title="Edited often", body=WORDINGS[0], **where)  # type: ignore[arg-type]
    for text in WORDINGS[1:]:
        assert notes.save_note(vs, note_id, body=f"Draft {text}")
    return note_id


def _delete_note(vs: VaultSession) -> None:
    notes.delete_note(vs, _note_saved_often(vs), keep=False)  # "Delete immediately"


def _delete_case(vs: VaultSession) -> None:
    case_id = cases.create_case(vs, title="Going")
    _note_saved_often(vs, case_id=case_id)
    cases.delete_case(vs, case_id, keep=False)


def _delete_person(vs: VaultSession) -> None:
    person_id = people.create_person(vs, pseudonym="Leaving")
    _note_saved_often(vs, person_id=person_id)
    people.delete_person(vs, person_id, keep=False)


def _empty_the_bin(vs: VaultSession) -> None:
    """A delete kept in Recently deleted, then the bin emptied: gone like an immediate one."""
    notes.delete_note(vs, _note_saved_often(vs))
    recently_deleted.empty_bin(vs)


DELETES: dict[str, Callable[[VaultSession], None]] = {
    "note": _delete_note,
    "case": _delete_case,
    "person": _delete_person,
    "note emptied from the bin": _empty_the_bin,
}


@pytest.mark.parametrize("what", DELETES)
def test_no_wording_of_a_deleted_record_survives_in_the_wal(
    vs: VaultSession, vault_folder: Path, tmp_path: Path, what: str
) -> None:
    kept = notes.create_note(vs, title="Kept", body="Zebrafinchkept")
    DELETES[what](vs)
    pages, frames = _as_a_power_cut_leaves_it(vs, vault_folder, tmp_path / "after-power-cut")
    leaked = [text for text in WORDINGS if text.encode() in pages + frames]
    assert leaked == []
    assert b"Zebrafinchkept" in pages + frames  # the decryption did find text
    assert notes.get_note(vs, kept).body == "Zebrafinchkept"
