"""Vaults on disk for the vault-layer tests: real Argon2id, real files, nothing mocked.

Creating a vault runs Argon2id twice (one per slot), so most tests copy a vault made once per
session instead of making their own; a copied folder is a complete, independent vault.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable

import pytest
from tests.conftest import PASSPHRASE
from tests.vault.vault_disk import LAYOUTS, Layout, MadeVault

from satchel.vault import FAST_TEST_KDF, create_vault


@pytest.fixture
def vault_format() -> int:
    """The format a test's vaults are made in: format 2, as users get it.

    A module about format 1 (its JSON header, reading a vault not yet upgraded) overrides
    this fixture to return 1; a module that checks a promise of both parametrizes it.
    """
    return 2


@pytest.fixture
def layout(vault_format: int) -> Layout:
    return LAYOUTS[vault_format]


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[int, MadeVault]:
    return {}


@pytest.fixture
def template_vault(
    _templates: dict[int, MadeVault], vault_format: int, tmp_path_factory: pytest.TempPathFactory
) -> MadeVault:
    """One closed vault per format for the whole session; tests must not change it (copy it)."""
    if vault_format not in _templates:
        folder = tmp_path_factory.mktemp(f"template{vault_format}") / "vault"
        vault, phrase = create_vault(
            folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=vault_format
        )
        vault.close()
        _templates[vault_format] = MadeVault(folder, PASSPHRASE, phrase)
    return _templates[vault_format]


@pytest.fixture
def copy_vault(
    template_vault: MadeVault, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[], MadeVault]:
    """Each call: a fresh copy of the session vault in its own folder."""

    def make() -> MadeVault:
        target = tmp_path_factory.mktemp("copy") / f"vault-{uuid.uuid4().hex[:8]}"
        shutil.copytree(template_vault.folder, target)
        return MadeVault(target, template_vault.passphrase, template_vault.phrase)

    return make


@pytest.fixture
def made_vault(copy_vault: Callable[[], MadeVault]) -> MadeVault:
    """A closed vault of this test's own, with passphrase PASSPHRASE."""
    return copy_vault()
