"""The test-side page decryptor reads SQLCipher's real layout, so disk checks can trust it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from satchel.store.models import VaultSetting
from sqlcipher_pages import (
    PAGE_SIZE,
    PageAuthenticationError,
    decrypt_database_pages,
    decrypt_wal_frames,
)


def test_page_one_decrypts_to_the_sqlite_header(
    engine: Engine, db_path: Path, key: bytearray
) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = decrypt_database_pages(db_path, key)

    assert len(plain) == db_path.stat().st_size
    assert plain[:16] == db_path.read_bytes()[:16]  # page 1 starts with the salt
    header = plain[16:24]
    assert header[:2] == b"\x10\x00"  # page size 4096, big-endian
    assert header[2:4] == b"\x02\x02"  # file format versions 2 = WAL
    assert header[4] == 80  # reserved bytes per page: 16 IV + 64 HMAC
    assert header[5:8] == b"\x40\x20\x20"  # payload fractions fixed by the format
    assert int.from_bytes(plain[28:32], "big") == len(plain) // PAGE_SIZE  # pages in file


def test_wal_frames_decrypt_and_hold_what_was_written(
    engine: Engine, db_path: Path, key: bytearray
) -> None:
    with Session(engine) as session:
        session.add(VaultSetting(key="frame-check", value="visible-in-the-wal"))
        session.commit()
    frames = decrypt_wal_frames(db_path.with_name("vault.db-wal"), key)
    assert len(frames) % PAGE_SIZE == 0
    assert b"visible-in-the-wal" in frames


def test_a_wrong_key_fails_the_hmac(engine: Engine, db_path: Path) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with pytest.raises(PageAuthenticationError):
        decrypt_database_pages(db_path, os.urandom(32))
