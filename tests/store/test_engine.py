"""The engine opens only with the right key, configures every connection, and leaves no
plaintext and no stray file behind."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from satchel.errors import DamagedError, TamperedError
from satchel.store import engine as engine_module
from satchel.store.engine import close_database, open_database
from satchel.store.migrate import upgrade_to_head
from satchel.store.models import VaultSetting
from sqlcipher_pages import decrypt_database_pages, decrypt_wal_frames

SENTINEL = "SENTINEL-7f3a-plaintext-must-not-hit-disk"


def folder_digest(folder: Path) -> dict[str, str]:
    """Name -> SHA-256 of every file in ``folder``: equal digests mean nothing changed."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def make_vault_db(path: Path, key: bytes | bytearray) -> None:
    engine = open_database(path, key, create=True)
    upgrade_to_head(engine)
    with Session(engine) as session:
        session.add(VaultSetting(key="greeting", value='"hello"'))
        session.commit()
    close_database(engine)


def pragma(engine: Engine, name: str) -> str:
    with engine.connect() as connection:
        return str(connection.exec_driver_sql(f"PRAGMA {name}").scalar())


def test_every_connection_gets_the_cipher_and_safety_settings(engine: Engine) -> None:
    expected = {
        "cipher_page_size": "4096",
        "cipher_hmac_algorithm": "HMAC_SHA512",
        "cipher_plaintext_header_size": "0",
        "journal_mode": "wal",
        "synchronous": "2",  # FULL
        "temp_store": "2",  # MEMORY
        "secure_delete": "1",
        "foreign_keys": "1",
        "cache_size": str(-engine_module.CACHE_KIB),  # negative: KiB, not pages
    }
    # hold one connection so the pool has to open and configure a second one
    with engine.connect() as first, engine.connect() as second:
        assert first.connection.driver_connection is not second.connection.driver_connection
        for connection in (first, second):
            for name, value in expected.items():
                assert str(connection.exec_driver_sql(f"PRAGMA {name}").scalar()) == value
    version = pragma(engine, "cipher_version").split()[0]
    assert tuple(int(part) for part in version.split(".")[:2]) >= (4, 5)
    memory_security = pragma(engine, "cipher_memory_security")
    assert memory_security == ("1" if engine_module.CIPHER_MEMORY_SECURITY else "0")


def test_a_wrong_key_raises_tampered_and_changes_no_file(db_path: Path, key: bytearray) -> None:
    make_vault_db(db_path, key)
    before = folder_digest(db_path.parent)
    assert set(before) == {"vault.db"}

    with pytest.raises(TamperedError):
        open_database(db_path, os.urandom(32))

    assert folder_digest(db_path.parent) == before  # no -wal, no -shm, same bytes


def test_a_wrong_key_after_a_crash_leaves_the_wal_untouched(
    tmp_path: Path, engine: Engine, db_path: Path, key: bytearray
) -> None:
    """A crash leaves -wal and -shm behind; a failed open must not checkpoint them."""
    with Session(engine) as session:
        session.add(VaultSetting(key="committed", value='"before the crash"'))
        session.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        shutil.copyfile(db_path.parent / name, crashed / name)  # files as a power cut left them
    before = folder_digest(crashed)
    assert (crashed / "vault.db-wal").stat().st_size > 0

    with pytest.raises(TamperedError):
        open_database(crashed / "vault.db", os.urandom(32))
    assert folder_digest(crashed) == before

    recovered = open_database(crashed / "vault.db", key)
    try:
        with Session(recovered) as session:
            assert session.get(VaultSetting, "committed") is not None
    finally:
        close_database(recovered)


def test_a_changed_first_page_raises_tampered(db_path: Path, key: bytearray) -> None:
    make_vault_db(db_path, key)
    data = bytearray(db_path.read_bytes())
    data[100] ^= 0x01
    db_path.write_bytes(bytes(data))
    before = folder_digest(db_path.parent)

    with pytest.raises(TamperedError):
        open_database(db_path, key)
    assert folder_digest(db_path.parent) == before


@pytest.mark.parametrize("content", [None, b"", b"\x00" * 100], ids=["missing", "empty", "short"])
def test_a_missing_empty_or_truncated_file_is_damaged(
    db_path: Path, key: bytearray, content: bytes | None
) -> None:
    if content is not None:
        db_path.write_bytes(content)
    with pytest.raises(DamagedError):
        open_database(db_path, key)
    assert sorted(path.name for path in db_path.parent.iterdir()) == (
        [] if content is None else ["vault.db"]
    )


def test_create_makes_a_new_encrypted_file(db_path: Path, key: bytearray) -> None:
    engine = open_database(db_path, key, create=True)
    close_database(engine)
    assert db_path.stat().st_size % 4096 == 0
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    close_database(open_database(db_path, key))


def test_a_key_of_the_wrong_size_is_refused(db_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        open_database(db_path, os.urandom(16), create=True)
    assert not db_path.exists()


def test_the_engine_keeps_no_copy_of_the_key(db_path: Path, key: bytearray) -> None:
    """Wiping the caller's bytearray must leave the engine unable to open a connection."""
    engine = open_database(db_path, key, create=True)
    try:
        key[:] = bytes(len(key))
        engine.dispose()  # drop pooled, already-keyed connections
        with pytest.raises(TamperedError), engine.connect():
            pass
    finally:
        engine.dispose()


def test_plaintext_never_reaches_the_files(engine: Engine, db_path: Path, key: bytearray) -> None:
    marker = SENTINEL.encode()
    wal = db_path.with_name("vault.db-wal")
    shm = db_path.with_name("vault.db-shm")
    with Session(engine) as session:
        session.add(VaultSetting(key="secret", value=SENTINEL))
        session.commit()

    # before a checkpoint the row is only in the WAL: encrypted there, readable when decrypted
    for path in (db_path, wal, shm):
        assert marker not in path.read_bytes()
    assert marker in decrypt_wal_frames(wal, key)

    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert marker not in db_path.read_bytes()
    assert marker in decrypt_database_pages(db_path, key)
    assert wal.stat().st_size == 0

    close_database(engine)
    assert marker not in db_path.read_bytes()
    assert not wal.exists() or wal.stat().st_size == 0


def test_close_database_empties_the_wal(db_path: Path, key: bytearray) -> None:
    engine = open_database(db_path, key, create=True)
    upgrade_to_head(engine)
    with Session(engine) as session:
        session.add_all(VaultSetting(key=f"k{index}", value="0" * 500) for index in range(200))
        session.commit()
    wal = db_path.with_name("vault.db-wal")
    assert wal.stat().st_size > 0

    close_database(engine)

    assert not wal.exists() or wal.stat().st_size == 0
    assert not db_path.with_name("vault.db-shm").exists()


def test_ddl_is_transactional(engine: Engine) -> None:
    with engine.connect() as connection:
        transaction = connection.begin()
        connection.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        transaction.rollback()
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'scratch'"
        ).scalar()
    assert found == 0


def test_a_rolled_back_savepoint_keeps_the_outer_transaction(engine: Engine) -> None:
    with Session(engine) as session:
        session.add(VaultSetting(key="outer", value="1"))
        with session.begin_nested() as savepoint:
            session.add(VaultSetting(key="inner", value="2"))
            session.flush()
            savepoint.rollback()
        session.commit()
    with Session(engine) as session:
        keys = set(session.scalars(text("SELECT key FROM vault_settings")))
    assert keys == {"outer"}


def test_a_rolled_back_transaction_undoes_its_released_savepoints(engine: Engine) -> None:
    """The driver's legacy mode would run SAVEPOINT outside the transaction."""
    with Session(engine) as session:
        with session.begin_nested():  # the first statement of the transaction
            session.add(VaultSetting(key="inner", value="2"))
        session.add(VaultSetting(key="outer", value="1"))
        session.flush()
        session.rollback()
    with Session(engine) as session:
        assert session.scalars(text("SELECT key FROM vault_settings")).all() == []
