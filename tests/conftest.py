"""Suite-wide guards and fixtures.

Satchel never opens an internet socket: every test fails if anything in the process creates
an AF_INET or AF_INET6 socket. Local Unix sockets (D-Bus, for example) are allowed.

Vault format: the suites written before format 2 look at format-1 files (header JSON,
`vault.db`, `.satchel-backup`), so in this process vaults are made in format 1 and not
upgraded at unlock unless a test asks (format_version=2, or `format2_default`). The format-1
code stays in Satchel for vaults not yet upgraded; format 2 has its own tests
(tests/vault/format2, tests/services/coercion, tests/security/test_locked_vault_says_nothing,
tests/crash/test_kill_during_duress_erase). Child processes run Satchel as users get it.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from satchel.services.core import format_upgrade
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.vault import FAST_TEST_KDF, lifecycle

PASSPHRASE = "sturdy lantern orbit meadow"
NEW_PASSPHRASE = "quartz harbour kettle violin ember"  # strong enough for every check
lifecycle.DEFAULT_FORMAT = 1
format_upgrade.UPGRADE_ON_UNLOCK = False


@pytest.fixture
def format2_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Satchel's own defaults for this test: new vaults in format 2, upgrade at unlock."""
    monkeypatch.setattr(lifecycle, "DEFAULT_FORMAT", 2)
    monkeypatch.setattr(format_upgrade, "UPGRADE_ON_UNLOCK", True)


_INTERNET = {socket.AF_INET, socket.AF_INET6}
_RealSocket = socket.socket


class NetworkUsedError(AssertionError):
    """Raised where an internet socket was about to be created."""


class _GuardedSocket(_RealSocket):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in _INTERNET or (family == -1 and not kwargs.get("fileno") and not args):
            raise NetworkUsedError(f"a test created an internet socket (family {family})")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", _GuardedSocket)


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@dataclass(frozen=True)
class EmptyVault:
    folder: Path
    recovery_phrase: str


@pytest.fixture(scope="session")
def empty_vault(tmp_path_factory: pytest.TempPathFactory) -> EmptyVault:
    """One new, migrated, closed vault per run, with PASSPHRASE; suites copy it (a copied
    folder is a complete, independent vault) and never change it. Making a vault runs
    Argon2id once per keyslot and every migration; unlocking a copy runs Argon2id once."""
    folder = tmp_path_factory.mktemp("empty-vault") / "vault"
    session, phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    session.close()
    return EmptyVault(folder, phrase)


@pytest.fixture
def vs(vault_folder: Path) -> Iterator[VaultSession]:
    """A fresh vault, unlocked, with floor KDF settings so each test stays fast."""
    session, _phrase = vault_session.create(vault_folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    try:
        yield session
    finally:
        session.close()
