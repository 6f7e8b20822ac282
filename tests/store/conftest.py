"""Fixtures for store tests: a real SQLCipher file in tmp_path, migrated to head."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

# tests/sqlcipher_pages.py sits one level up and is shared with the security tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from satchel.store.engine import close_database, open_database
from satchel.store.migrate import upgrade_to_head


@pytest.fixture
def key() -> bytearray:
    return bytearray(os.urandom(32))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "vault.db"


@pytest.fixture
def engine(db_path: Path, key: bytearray) -> Iterator[Engine]:
    engine = open_database(db_path, key, create=True)
    upgrade_to_head(engine)
    yield engine
    close_database(engine)


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session
