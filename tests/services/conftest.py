"""A faster `vs` for the many service tests: a copy of the suite-wide empty vault.

Each test still gets its own real SQLCipher vault in its own tmp_path folder, unlocked
through `services.session.unlock`, nothing mocked.
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


@pytest.fixture
def vault_format() -> int:
    """The format of `vs`: format 2, as users get it. A module that checks a promise on
    vaults not yet upgraded too parametrizes this fixture with 1."""
    return 2


@pytest.fixture(scope="session")
def _empty_templates() -> dict[int, Path]:
    return {}


@pytest.fixture
def empty_vault_template(
    _empty_templates: dict[int, Path], vault_format: int, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """One new, migrated, closed vault per format; tests copy it and never change it."""
    if vault_format not in _empty_templates:
        folder = tmp_path_factory.mktemp(f"services-template{vault_format}") / "vault"
        session, _phrase = vault_session.create(
            folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=vault_format
        )
        session.close()
        _empty_templates[vault_format] = folder
    return _empty_templates[vault_format]


@pytest.fixture
def vs(
    empty_vault_template: Path,
    vault_folder: Path,
    vault_format: int,
    request: pytest.FixtureRequest,
) -> Iterator[VaultSession]:
    """An empty vault of this test's own, unlocked (overrides the suite-wide fixture)."""
    if vault_format == 1:
        request.getfixturevalue("format1")  # and it stays in format 1 at unlock
    shutil.copytree(empty_vault_template, vault_folder)
    session = vault_session.unlock(vault_folder, PASSPHRASE)
    try:
        yield session
    finally:
        session.close()
