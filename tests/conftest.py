"""Suite-wide guards and fixtures.

Satchel never opens an internet socket: every test fails if anything in the process creates
an AF_INET or AF_INET6 socket. Local Unix sockets (D-Bus, for example) are allowed.

Vault format: every suite runs on format 2, the format users get. A test about format 1
itself (the upgrade, reading or repairing a vault not yet upgraded) says so: it makes its
vault with `format_version=1`, or asks for the `format1` fixture.
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


@pytest.fixture
def format1(monkeypatch: pytest.MonkeyPatch) -> None:
    """In this test, new vaults are made in format 1 and not upgraded at unlock: for tests
    of format 1 itself (vaults made by an older Satchel and not yet unlocked since)."""
    monkeypatch.setattr(lifecycle, "DEFAULT_FORMAT", 1)
    monkeypatch.setattr(format_upgrade, "UPGRADE_ON_UNLOCK", False)


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
