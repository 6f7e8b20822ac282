"""A vault whose WAL lost committed changes says so, instead of opening on older data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.vault.vault_disk import folder_state

from satchel.cli.exit_codes import EXIT_DAMAGED, exit_code_for
from satchel.errors import DamagedError
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, notes
from satchel.vault.commit_record import COMMIT_RECORD_FILE

WAL = "vault.db-wal"
SHM = "vault.db-shm"


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


def test_a_missing_record_is_written_again_at_open(vs: VaultSession, tmp_path: Path) -> None:
    cases.create_case(vs, title="Kept")
    copy = tmp_path / "copy"
    _snapshot(vs, copy)
    (copy / COMMIT_RECORD_FILE).unlink()
    with vault_session.unlock(copy, PASSPHRASE) as reopened:
        assert [c.title for c in cases.list_cases(reopened)] == ["Kept"]
    assert (copy / COMMIT_RECORD_FILE).is_file()
