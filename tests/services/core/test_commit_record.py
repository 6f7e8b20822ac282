"""A vault whose WAL lost committed changes says so, instead of opening on older data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.factories import folder_state, make_vault

from satchel.cli.exit_codes import EXIT_DAMAGED, exit_code_for
from satchel.errors import DamagedError
from satchel.services.core import session as vault_session
from satchel.services.core.activity import list_activity
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, notes
from satchel.vault.format1.commit_record import SLOT_SIZE


def _names(vs: VaultSession) -> tuple[str, str, str]:
    """The WAL, -shm and commit record of the side the passphrase opens (format 2)."""
    database = vs.vault.database_path.name
    return f"{database}-wal", f"{database}-shm", vs.vault.commit_record.path.name


def test_every_write_raises_the_counter_and_reads_do_not(vs: VaultSession) -> None:
    start = vs.commit_seq
    case_id = cases.create_case(vs, title="Counter")
    after_write = vs.commit_seq
    assert after_write > start
    cases.get_case(vs, case_id)
    cases.list_cases(vs)
    assert vs.commit_seq == after_write
    assert vs.vault.commit_record.recorded == after_write


def _snapshot(vs: VaultSession, target: Path) -> None:
    """A copy of the live folder: what a crash (or a copy of a running vault) leaves."""
    shutil.copytree(vs.vault.folder, target)


def test_a_wal_that_lost_its_last_commit_is_reported_and_left_alone(
    vs: VaultSession, tmp_path: Path
) -> None:
    WAL, SHM, _ = _names(vs)  # noqa: N806
    case_id = cases.create_case(vs, title="Before")
    older = tmp_path / "older"
    _snapshot(vs, older)
    notes.create_note(vs, title="Committed after the copy", body="must not vanish", case_id=case_id)
    newer = tmp_path / "newer"
    _snapshot(vs, newer)
    # The WAL as it was one commit earlier, next to the newer record: SQLite alone would
    # open it without complaint and show the vault without the last note.
    shutil.copy(older / WAL, newer / WAL)
    (newer / SHM).unlink(missing_ok=True)
    before = {k: v for k, v in folder_state(newer).items() if k != SHM}
    with pytest.raises(DamagedError, match="latest saved changes are missing") as raised:
        vault_session.unlock(newer, PASSPHRASE)
    assert exit_code_for(raised.value) == EXIT_DAMAGED
    assert {k: v for k, v in folder_state(newer).items() if k != SHM} == before


def test_a_record_behind_the_database_is_brought_up_to_date(
    vs: VaultSession, tmp_path: Path
) -> None:
    """A crash between the database's commit and the record's write leaves the record one
    change behind: that is safe, and the next open catches up."""
    _, _, COMMIT_RECORD_FILE = _names(vs)  # noqa: N806
    cases.create_case(vs, title="One")
    older_record = (vs.vault.folder / COMMIT_RECORD_FILE).read_bytes()
    cases.create_case(vs, title="Two")
    seq = vs.commit_seq
    copy = tmp_path / "copy"
    _snapshot(vs, copy)
    (copy / COMMIT_RECORD_FILE).write_bytes(older_record)
    with vault_session.unlock(copy, PASSPHRASE) as reopened:
        assert sorted(c.title for c in cases.list_cases(reopened)) == ["One", "Two"]
        assert reopened.vault.commit_record.recorded == seq


def test_a_deleted_record_does_not_switch_the_check_off(vs: VaultSession, tmp_path: Path) -> None:
    """Measured before: with vault.commit deleted, a WAL removed or altered opened the vault
    on older data with no error (4 of 4). The header says the record exists, under its MAC."""
    WAL, SHM, COMMIT_RECORD_FILE = _names(vs)  # noqa: N806
    case_id = cases.create_case(vs, title="Before")
    older = tmp_path / "older"
    _snapshot(vs, older)
    notes.create_note(vs, title="Committed after the copy", body="must not vanish", case_id=case_id)
    newer = tmp_path / "newer"
    _snapshot(vs, newer)
    shutil.copy(older / WAL, newer / WAL)
    (newer / SHM).unlink(missing_ok=True)
    (newer / COMMIT_RECORD_FILE).unlink()
    before = folder_state(newer)
    # format 2: the side's record is found by its key, so a deleted one finds none
    with pytest.raises(DamagedError, match=r"record") as raised:
        vault_session.unlock(newer, PASSPHRASE)
    assert exit_code_for(raised.value) == EXIT_DAMAGED
    assert {k: v for k, v in folder_state(newer).items() if k != SHM} == before


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_spoiled_newest_slot_and_a_shorter_wal_are_refused(
    vs: VaultSession, tmp_path: Path
) -> None:
    """Measured before: one bit in the newest slot of vault.commit and one in the WAL's last
    transaction rolled the last change back while `check` said ok."""
    WAL, SHM, COMMIT_RECORD_FILE = _names(vs)  # noqa: N806
    case_id = cases.create_case(vs, title="Before")
    older = tmp_path / "older"
    _snapshot(vs, older)
    notes.create_note(vs, title="Committed after the copy", body="must not vanish", case_id=case_id)
    seq = vs.commit_seq
    newer = tmp_path / "newer"
    _snapshot(vs, newer)
    shutil.copy(older / WAL, newer / WAL)  # as a WAL whose last transaction fails its checksum
    (newer / SHM).unlink(missing_ok=True)
    _flip(newer / COMMIT_RECORD_FILE, (seq % 2) * SLOT_SIZE + SLOT_SIZE - 1)  # in its MAC
    with pytest.raises(DamagedError, match="latest saved changes are missing"):
        vault_session.unlock(newer, PASSPHRASE)


def test_a_spoiled_older_slot_is_repaired_and_said(vs: VaultSession, tmp_path: Path) -> None:
    _, _, COMMIT_RECORD_FILE = _names(vs)  # noqa: N806
    cases.create_case(vs, title="Kept")
    seq = vs.commit_seq
    copy = tmp_path / "copy"
    _snapshot(vs, copy)
    spoiled = 1 - seq % 2
    _flip(copy / COMMIT_RECORD_FILE, spoiled * SLOT_SIZE + SLOT_SIZE - 1)
    with vault_session.unlock(copy, PASSPHRASE) as reopened:
        spoiled_name = f"{COMMIT_RECORD_FILE} slot {spoiled}"
        assert [n.name for n in reopened.vault.notices] == [spoiled_name]
        assert [c.title for c in cases.list_cases(reopened)] == ["Kept"]
        logged = [e for e in list_activity(reopened) if e.action == "repaired"]
        assert [e.detail for e in logged] == [spoiled_name]
    with vault_session.unlock(copy, PASSPHRASE) as again:
        assert again.vault.notices == []  # repaired: nothing left to say


def test_the_header_of_a_new_format1_vault_says_it_keeps_a_record(tmp_path: Path) -> None:
    v1, _ = make_vault(tmp_path / "v1", format_version=1)
    with v1:
        assert v1.vault.keeps_commit_record
        header = json.loads((v1.vault.folder / "header-1.json").read_bytes())
        assert header["body"]["commit_record"]


def test_a_new_vault_keeps_a_record_of_its_own(vs: VaultSession) -> None:
    """Format 2: the side's record is one of "4" and "5", the one its key authenticates."""
    assert vs.vault.commit_record.path.name in ("4", "5")
    assert vs.vault.commit_record.recorded == vs.commit_seq
