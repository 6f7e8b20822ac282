"""A faster `vs` for the many service tests: a copy of the suite-wide empty vault.

Each test still gets its own real SQLCipher vault in its own tmp_path folder, unlocked
through `services.session.unlock`, nothing mocked.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE, EmptyVault

from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession


@pytest.fixture
def vs(empty_vault: EmptyVault, vault_folder: Path) -> Iterator[VaultSession]:
    """An empty vault of this test's own, unlocked (overrides the suite-wide fixture)."""
    shutil.copytree(empty_vault.folder, vault_folder)
    session = vault_session.unlock(vault_folder, PASSPHRASE)
    try:
        yield session
    finally:
        session.close()
