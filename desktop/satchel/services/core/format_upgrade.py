"""Format 1 to format 2 at unlock: a backup first, then the folder, then its old backups.

The backups beside the vault are rewritten in format 2 (sealed, neutral names, opening with
today's passphrase) and the format-1 files crypto-erased, so the folder keeps nothing that
names Satchel. Backups in a folder the user picked elsewhere are left as they are.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from satchel import event_log
from satchel.errors import VaultError
from satchel.services.backups import file_format2
from satchel.services.backups.copying import backup_before_migration, read_facts
from satchel.services.backups.file_format import extract_database, remove_quietly
from satchel.services.backups.listing import backups_of
from satchel.services.backups.summary import seal_summary
from satchel.vault import unlock_vault
from satchel.vault.format2.layout import BACKUPS_NAME
from satchel.vault.format2.lifecycle import wipe_backups
from satchel.vault.format2.unlocked import HiddenVault
from satchel.vault.format2.upgrade import can_upgrade, upgrade
from satchel.vault.lifecycle import BACKUPS_FOLDER
from satchel.vault.unlocked import UnlockedVault
from satchel.work import Progress

# On for every user. The format-1 test suites switch it off (tests/conftest.py) to test
# the format-1 code still kept for vaults not yet upgraded.
UPGRADE_ON_UNLOCK = True


def upgrade_on_unlock(
    folder: Path, passphrase: str, vault: UnlockedVault, *, progress: Progress | None = None
) -> UnlockedVault:
    """The vault to open: `vault` itself, or the same vault upgraded to format 2."""
    if not UPGRADE_ON_UNLOCK or isinstance(vault, HiddenVault) or not can_upgrade(vault):
        return vault
    from satchel.services.core.session import VaultSession  # noqa: PLC0415 - session calls us

    repaired = list(vault.notices)  # what the format-1 unlock repaired is still to be said
    session = VaultSession.open(vault, progress=progress)  # the schema is brought up to date
    try:
        backup_before_migration(session.vault)
    finally:
        session.close()
    from satchel.services.coercion import failed_unlocks  # noqa: PLC0415 - session calls us

    before = failed_unlocks.identities(folder)
    upgrade(unlock_vault(folder, passphrase), passphrase)
    upgraded = unlock_vault(folder, passphrase)
    failed_unlocks.carry_over(before, folder)  # the new header has another identity
    upgraded.notices[:0] = repaired
    with contextlib.suppress(VaultError, OSError):
        rewrite_old_backups(upgraded)
    event_log.event("vault.upgraded")
    return upgraded


def rewrite_old_backups(vault: UnlockedVault) -> int:
    """Each format-1 backup of this vault beside it, again in format 2; then the old files
    are crypto-erased. Returns how many were rewritten."""
    assert isinstance(vault, HiddenVault)
    old_folder = vault.folder / BACKUPS_FOLDER
    if not old_folder.is_dir() or old_folder.is_symlink():
        return 0
    new_folder = vault.folder / BACKUPS_NAME
    new_folder.mkdir(mode=0o700, exist_ok=True)
    found = backups_of(old_folder, vault.vault_id)
    for item in found:
        staged = new_folder / f".{file_format2.new_name()}.db.tmp"
        try:
            extract_database(item.path, item.manifest, staged)
            _revision, seq, counts = read_facts(staged, vault.database_key)
            old = item.manifest
            manifest = old.__class__(
                vault_id=old.vault_id,
                created=old.created,
                reason=old.reason,
                schema_revision=old.schema_revision,
                commit_seq=old.commit_seq,
                header=vault.backup_header(),
                database_size=old.database_size,
                summary=seal_summary(vault.database_key, old.vault_id, old.created, counts),
                format_version=2,
                record=vault.backup_record(seq),
                fixed_bytes=file_format2.FIXED_BYTES,
            )
            target = new_folder / file_format2.new_name()
            file_format2.write_backup_file(target, manifest, staged, vault.database_key)
        finally:
            remove_quietly(staged)
    wipe_backups(old_folder)
    with contextlib.suppress(OSError):
        old_folder.rmdir()
    return len(found)
