"""One process at a time: a second unlock is told the vault is busy, before any slow work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.vault.vault_disk import Layout, MadeVault

from satchel.cli.exit_codes import exit_code_for
from satchel.vault import BusyError, WrongPassphraseError, unlock_vault, wipe_vault

CHILD = """
import sys
from satchel.cli.exit_codes import exit_code_for
from satchel.vault import VaultError, unlock_vault

try:
    unlock_vault(sys.argv[1], sys.argv[2]).close()
except VaultError as error:
    print(type(error).__name__)
    sys.exit(exit_code_for(error))
print("opened")
"""


def unlock_in_child(folder: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), passphrase],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_second_unlock_in_this_process_is_busy_until_the_first_closes(
    made_vault: MadeVault,
) -> None:
    first = unlock_vault(made_vault.folder, PASSPHRASE)
    try:
        with pytest.raises(BusyError, match="open elsewhere") as caught:
            unlock_vault(made_vault.folder, PASSPHRASE)
        assert exit_code_for(caught.value) == 4
        with pytest.raises(BusyError):  # busy is told before the secret is even checked
            unlock_vault(made_vault.folder, "wrong passphrase")
        assert not first.closed  # the refused attempt did not disturb the open vault
    finally:
        first.close()
    unlock_vault(made_vault.folder, PASSPHRASE).close()


@pytest.mark.slow
def test_another_process_is_told_busy_until_the_vault_closes(made_vault: MadeVault) -> None:
    vault = unlock_vault(made_vault.folder, PASSPHRASE)
    try:
        child = unlock_in_child(made_vault.folder, PASSPHRASE)
        assert (child.returncode, child.stdout.strip()) == (4, "BusyError"), child.stderr
    finally:
        vault.close()
    child = unlock_in_child(made_vault.folder, PASSPHRASE)
    assert (child.returncode, child.stdout.strip()) == (0, "opened"), child.stderr


def test_a_vault_open_here_cannot_be_wiped(made_vault: MadeVault) -> None:
    with unlock_vault(made_vault.folder, PASSPHRASE):
        before = made_vault.state()
        with pytest.raises(BusyError):
            wipe_vault(made_vault.folder)
        assert made_vault.state() == before


@pytest.mark.parametrize("vault_format", [2, 1], ids=["format2", "format1"])
def test_a_deleted_lock_file_comes_back_only_with_a_successful_unlock(
    made_vault: MadeVault, layout: Layout
) -> None:
    lock = made_vault.folder / layout.lock
    lock.unlink()
    before = made_vault.state()
    with pytest.raises(WrongPassphraseError):
        unlock_vault(made_vault.folder, "wrong passphrase")
    assert not lock.exists()
    assert made_vault.state() == before
    with unlock_vault(made_vault.folder, PASSPHRASE):
        assert lock.exists()
        with pytest.raises(BusyError):  # and it locks again at once
            unlock_vault(made_vault.folder, PASSPHRASE)
