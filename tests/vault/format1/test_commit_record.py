"""The commit record on its own: two MAC'd slots, alternating, tolerant of one bad slot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from satchel.errors import TamperedError
from satchel.vault.format1.commit_record import (
    COMMIT_RECORD_FILE,
    FILE_SIZE,
    SLOT_SIZE,
    CommitRecord,
)

VAULT_ID = "3f1c0d6e2b8a4e47a1f0c9d2e5b7a6c1"


def _record(folder: Path, key: bytes = b"k" * 32, vault_id: str = VAULT_ID) -> CommitRecord:
    return CommitRecord(folder, vault_id, bytearray(key))


def test_a_missing_record_reads_as_zero_and_is_created_on_the_first_write(tmp_path: Path) -> None:
    record = _record(tmp_path)
    assert record.read() == 0
    assert not (tmp_path / COMMIT_RECORD_FILE).exists()
    record.write(1)
    record.close()
    assert (tmp_path / COMMIT_RECORD_FILE).stat().st_size == FILE_SIZE
    assert _record(tmp_path).read() == 1


def test_writes_alternate_slots_so_one_torn_slot_still_leaves_the_previous_change(
    tmp_path: Path,
) -> None:
    record = _record(tmp_path)
    for seq in range(1, 8):
        record.write(seq)
    record.close()
    path = tmp_path / COMMIT_RECORD_FILE
    data = bytearray(path.read_bytes())
    data[1 * SLOT_SIZE + 20] ^= 0x01  # change 7 went to slot 1: spoil it, as a torn write would
    path.write_bytes(bytes(data))
    assert _record(tmp_path).read() == 6


def test_both_slots_spoiled_is_tampering(tmp_path: Path) -> None:
    record = _record(tmp_path)
    record.write(1)
    record.write(2)
    record.close()
    path = tmp_path / COMMIT_RECORD_FILE
    data = bytearray(path.read_bytes())
    data[10] ^= 0x80
    data[SLOT_SIZE + 10] ^= 0x80
    path.write_bytes(bytes(data))
    with pytest.raises(TamperedError, match="commit record"):
        _record(tmp_path).read()


@pytest.mark.parametrize("size", [0, SLOT_SIZE, FILE_SIZE + 1])
def test_a_record_of_the_wrong_size_is_tampering(tmp_path: Path, size: int) -> None:
    (tmp_path / COMMIT_RECORD_FILE).write_bytes(os.urandom(size))
    with pytest.raises(TamperedError):
        _record(tmp_path).read()


def test_another_key_or_vault_cannot_vouch_for_the_record(tmp_path: Path) -> None:
    record = _record(tmp_path)
    record.write(5)
    record.close()
    with pytest.raises(TamperedError):
        _record(tmp_path, key=b"x" * 32).read()
    with pytest.raises(TamperedError):
        _record(tmp_path, vault_id="0" * 32).read()


def test_close_wipes_the_key(tmp_path: Path) -> None:
    record = _record(tmp_path)
    record.write(1)
    record.close()
    assert record.key_wiped


def test_the_next_write_repairs_a_spoiled_slot(tmp_path: Path) -> None:
    record = _record(tmp_path)
    record.write(1)
    record.write(2)
    record.close()
    path = tmp_path / COMMIT_RECORD_FILE
    intact = path.read_bytes()
    data = bytearray(intact)
    data[SLOT_SIZE + 5] ^= 0x04  # slot 1 holds change 1
    path.write_bytes(bytes(data))
    reopened = _record(tmp_path)
    assert reopened.read() == 2 and reopened.spoiled
    reopened.write(2)
    reopened.close()
    assert path.read_bytes() == intact


def test_a_change_written_late_never_takes_the_record_back(tmp_path: Path) -> None:
    """Threads committed 5, 6 and 7; the one with 5 writes last. Written, it would replace
    7 in slot 1 and leave 6 as the highest on record."""
    record = _record(tmp_path)
    record.write(6)
    record.write(7)
    record.write(5)
    record.close()
    assert _record(tmp_path).read() == 7
