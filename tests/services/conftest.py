"""A faster `vs` for the many service tests: a copy of one vault made per session.

Creating a vault runs Argon2id once per keyslot and then every migration; unlocking a copy
runs Argon2id once and nothing else. Each test still gets its own real SQLCipher vault in
its own tmp_path folder, unlocked through `services.session.unlock`, nothing mocked.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.vault import FAST_TEST_KDF


@pytest.fixture(scope="session")
def empty_vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One new, migrated, closed vault; tests copy it and never change it."""
    folder = tmp_path_factory.mktemp("services-template") / "vault"
    session, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    session.close()
    return folder


@pytest.fixture
def vs(empty_vault_template: Path, vault_folder: Path) -> Iterator[VaultSession]:
    """An empty vault of this test's own, unlocked (overrides the suite-wide fixture)."""
    shutil.copytree(empty_vault_template, vault_folder)
    session = vault_session.unlock(vault_folder, PASSPHRASE)
    try:
        yield session
    finally:
        session.close()
