"""A format-1 vault made by today's format-1 writer is upgraded at its first unlock.

Backed up first; afterwards the folder holds only format-2 files, the old backups beside
it are format 2 too, and the passphrase and the old recovery phrase both still open it.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import make_vault

from satchel.services.backups.operations import back_up, vault_backups
from satchel.services.core import session
from satchel.services.notebook.cases import create_case, list_cases
from satchel.vault import read_info
from satchel.vault.format2.unlocked import HiddenVault

PASSPHRASE = "an old vault's passphrase"
WORDS = (b"satchel", b"vault", b"argon", b"passphrase", b"recovery", b"format")


def test_a_format_1_vault_is_upgraded_at_unlock_and_keeps_everything(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    vs, phrase = make_vault(folder, PASSPHRASE, format_version=1)
    with vs:
        create_case(vs, title="Kept across the upgrade")
        back_up(vs)
    assert (folder / "header-1.json").is_file()

    with session.unlock(folder, PASSPHRASE) as upgraded:
        assert isinstance(upgraded.vault, HiddenVault)
        assert [c.title for c in list_cases(upgraded)] == ["Kept across the upgrade"]
        reasons = sorted(
            entry.manifest.reason for entry in vault_backups(upgraded) if entry.manifest
        )
        assert reasons == ["manual", "migration"]  # the old one, and the one made before

    assert sorted(p.name for p in folder.iterdir()) == ["0", "1", "2", "3", "4", "5", "6", "7"]
    assert read_info(folder).format_version == 2
    for path in (p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes().lower()
        assert not [w for w in WORDS if w in data], path
    with session.unlock_recovery(folder, phrase) as by_phrase:  # written down years ago
        assert [c.title for c in list_cases(by_phrase)] == ["Kept across the upgrade"]
    with session.unlock(folder, PASSPHRASE) as again:
        assert [c.title for c in list_cases(again)] == ["Kept across the upgrade"]
