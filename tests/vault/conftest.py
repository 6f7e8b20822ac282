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
from tests.vault.vault_disk import MadeVault

from satchel.vault import FAST_TEST_KDF, create_vault


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> MadeVault:
    """One closed vault for the whole session; tests must not change it (copy it instead)."""
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, phrase = create_vault(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    vault.close()
    return MadeVault(folder, PASSPHRASE, phrase)


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
