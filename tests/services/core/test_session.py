"""Opening and closing a vault: nothing left in the WAL, keys wiped, everything back on unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.factories import (
    folder_state,
    item_id,
    make_case,
    make_checklist,
    make_note,
    make_person,
    make_vault,
)

from satchel.errors import BusyError, LockedError, WrongPassphraseError
from satchel.services.checklists import case_checklists
from satchel.services.core import search
from satchel.services.core import session as vault_session
from satchel.services.core.integrity import check_integrity
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, identity, notes, people


def _fill(vs: VaultSession) -> dict[str, object]:
    case_id = make_case(vs, "Falcon case", tags=["visa"], due_date="2026-05-01")
    person_id = make_person(vs, "Falcon", identity={"legal_name": "Иван Петров"}, case_id=case_id)
    note_id = make_note(vs, "Call", "passport at the embassy", case_id=case_id)
    notes.save_note(vs, note_id, body="passport at the embassy, pick up Monday")
    checklist_id = make_checklist(vs, case_id)
    case_checklists.set_item(vs, item_id(vs, checklist_id, "military-id"), state="done")
    return {"case": case_id, "person": person_id, "note": note_id, "checklist": checklist_id}


def _wal(folder: Path, vs: VaultSession) -> Path:
    database = vs.vault.database_path  # format 2: "2" or "3"
    return folder / f"{database.name}-wal"


def test_closing_checkpoints_the_wal_and_wipes_the_keys(
    vs: VaultSession, vault_folder: Path
) -> None:
    _fill(vs)
    assert _wal(vault_folder, vs).stat().st_size > 0  # committed changes still sit in the WAL
    vault = vs.vault
    assert (vs.is_open, vault.keys_wiped) == (True, False)

    vs.close()

    assert not _wal(vault_folder, vs).exists() or _wal(vault_folder, vs).stat().st_size == 0
    assert (vs.is_open, vault.keys_wiped) == (False, True)
    vs.close()  # closing twice is harmless


def test_everything_is_back_after_unlocking_again(vs: VaultSession, vault_folder: Path) -> None:
    ids = _fill(vs)
    before = (
        cases.get_case(vs, ids["case"]),  # type: ignore[arg-type]
        people.get_person(vs, ids["person"]),  # type: ignore[arg-type]
        notes.list_revisions(vs, ids["note"]),  # type: ignore[arg-type]
        search.search(vs, "passport"),
    )
    vs.close()

    with vault_session.unlock(vault_folder, PASSPHRASE) as again:
        after = (
            cases.get_case(again, ids["case"]),  # type: ignore[arg-type]
            people.get_person(again, ids["person"]),  # type: ignore[arg-type]
            notes.list_revisions(again, ids["note"]),  # type: ignore[arg-type]
            search.search(again, "passport"),
        )
        assert after == before
        revealed = identity.reveal_identity(again, ids["person"])  # type: ignore[arg-type]
        assert revealed == {"legal_name": "Иван Петров"}
    assert again.vault.keys_wiped


def test_a_wrong_passphrase_is_refused_and_changes_no_file(
    vs: VaultSession, vault_folder: Path
) -> None:
    case_id = make_case(vs, "Still here")
    vs.close()
    files = folder_state(vault_folder)

    for wrong in ("sturdy lantern orbit meadoW", "", "sturdy lantern orbit"):
        with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
            vault_session.unlock(vault_folder, wrong)

    assert folder_state(vault_folder) == files
    with vault_session.unlock(vault_folder, PASSPHRASE) as again:
        assert cases.get_case(again, case_id).title == "Still here"


def test_an_open_vault_cannot_be_unlocked_a_second_time(
    vs: VaultSession, vault_folder: Path
) -> None:
    make_case(vs, "Open")
    with pytest.raises(BusyError, match="open elsewhere"):
        vault_session.unlock(vault_folder, PASSPHRASE)
    assert [c.title for c in cases.list_cases(vs)] == ["Open"]  # the open session still works


def test_a_new_vault_opens_with_its_recovery_phrase(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    created, phrase = make_vault(folder)
    with created:
        case_id = make_case(created, "Made at creation")
    assert created.vault.keys_wiped

    with vault_session.unlock_recovery(folder, phrase) as recovered:
        assert cases.get_case(recovered, case_id).title == "Made at creation"


def test_a_closed_session_says_the_vault_is_locked(vs: VaultSession, vault_folder: Path) -> None:
    case_id = make_case(vs, "Before locking")
    vs.close()
    files = folder_state(vault_folder)

    for use in (
        lambda: cases.list_cases(vs),
        lambda: cases.get_case(vs, case_id),
        lambda: make_case(vs, "After locking"),
        lambda: search.search(vs, "locking"),
        lambda: identity.set_identity(vs, "abcdef", {"phone": "1"}),
        lambda: check_integrity(vs),
    ):
        with pytest.raises(LockedError, match="The vault is locked"):
            use()

    assert folder_state(vault_folder) == files  # no connection was tried with the wiped key
