"""Before a vault is upgraded to a newer schema, an encrypted copy of it is kept."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PASSPHRASE

from satchel.services.backups import file_format2
from satchel.services.backups.copying import backup_before_migration, default_folder
from satchel.services.backups.file_format import Manifest, read_manifest
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.core import session as vault_session
from satchel.store.engine import open_database
from satchel.store.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    migration_connection,
    upgrade_to_head,
)
from satchel.vault import FAST_TEST_KDF, create_vault, unlock_vault
from satchel.vault.format2.unlocked import HiddenVault


def _backups_in(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if not path.name.startswith(".")]


def _manifest_of(made: Path, folder: Path) -> Manifest:
    """The backup's manifest; format 2 seals it under the vault's key."""
    with unlock_vault(folder, PASSPHRASE) as vault:
        if isinstance(vault, HiddenVault):
            sealed = file_format2.read_manifest(made, vault.database_key)
            assert sealed is not None
            return sealed
    return read_manifest(made)


def test_backup_before_migration_copies_an_old_revision(tmp_path: Path) -> None:
    """As VaultSession.open will call it: engine open, migration pending, then upgrade."""
    folder = tmp_path / "old-vault"
    unreachable = tmp_path / "a-file" / "stick"  # the chosen folder is not available
    (tmp_path / "a-file").write_text("not a folder")
    vault, _phrase = create_vault(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    with vault:
        engine = open_database(vault.database_path, vault.database_key, create=True)
        try:
            from alembic import command

            with migration_connection(engine) as connection:
                command.upgrade(alembic_config(connection), "0001_initial")
                connection.exec_driver_sql(
                    "INSERT INTO vault_settings (key, value) VALUES ('backup_folder', ?)",
                    (json.dumps(str(unreachable)),),
                )
            assert current_revision(engine) == "0001_initial"
            made = backup_before_migration(vault)
            upgrade_to_head(engine)
            assert current_revision(engine) == HEAD_REVISION
        finally:
            engine.dispose()
    assert made is not None
    assert made.parent == default_folder(folder)  # beside the vault, as the stick is missing
    manifest = _manifest_of(made, folder)
    assert (manifest.schema_revision, manifest.commit_seq, manifest.reason) == (
        "0001_initial",
        0,
        "migration",
    )
    restore_as_new_vault(made, tmp_path / "restored")
    with vault_session.unlock(tmp_path / "restored", PASSPHRASE) as restored:
        assert restored.commit_seq >= 1  # migrated to the head on open


def test_backup_before_migration_of_a_vault_without_a_database_does_nothing(
    tmp_path: Path,
) -> None:
    vault, _phrase = create_vault(tmp_path / "new", PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    with vault:
        assert backup_before_migration(vault) is None
    assert not default_folder(tmp_path / "new").exists()


def test_unlocking_a_vault_that_needs_an_upgrade_backs_it_up_first(tmp_path: Path) -> None:
    """The whole path a user takes: an older vault, unlocked by a newer Satchel."""
    folder = tmp_path / "old-vault"
    vault, _phrase = create_vault(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    with vault:
        engine = open_database(vault.database_path, vault.database_key, create=True)
        try:
            from alembic import command

            with migration_connection(engine) as connection:
                command.upgrade(alembic_config(connection), "0001_initial")
        finally:
            engine.dispose()
    with vault_session.unlock(folder, PASSPHRASE) as upgraded:
        assert current_revision(upgraded.require_open()) == HEAD_REVISION
    made = _backups_in(default_folder(folder))
    assert len(made) == 1
    assert _manifest_of(made[0], folder).schema_revision == "0001_initial"
    assert _manifest_of(made[0], folder).reason == "migration"
    with vault_session.unlock(folder, PASSPHRASE):
        pass  # already current: no second backup
    assert len(_backups_in(default_folder(folder))) == 1
