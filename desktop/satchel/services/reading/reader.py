"""A vault opened only to read, for the commands scripts call most (`satchel search`,
`note list`, `case list`, `person list`): no SQLAlchemy, no Alembic, one read-only
SQLCipher connection (satchel.store.read_only). Importing SQLAlchemy alone cost such a
command ~0.2 s, more than its work on 50,000 notes.

It is taken only when opening the vault needs no write: the schema is the one this Satchel
expects, the commit record agrees with the database and needs no repair, and no save left
documents for the search index. Otherwise the vault is opened the usual way first
(VaultSession: it upgrades, repairs and indexes, and says so), then read the same way. A
vault written by a newer Satchel is refused there with the usual message.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from satchel.errors import UnsupportedVersionError
from satchel.services.coercion.failed_unlocks import guarded
from satchel.services.core.damage import reporting_damage
from satchel.store.migrate import HEAD_REVISION
from satchel.store.read_only import ReadOnlyDatabase, open_read_only
from satchel.vault import UnlockedVault, unlock_vault


class Reads(Protocol):
    """What a listing or a search needs of an open vault: a VaultSession or a VaultReader."""

    def raw_reading(self) -> AbstractContextManager[Any]:
        """A DB-API connection (sqlcipher3) to read through, page errors typed."""
        ...

    def catch_up_index(self) -> None:
        """Index what saves queued, before a search."""
        ...


class VaultReader:
    """An unlocked vault and its database, open read-only; `close()` wipes the keys."""

    def __init__(self, vault: UnlockedVault, database: ReadOnlyDatabase) -> None:
        self.vault = vault
        self._database = database

    @contextmanager
    def raw_reading(self) -> Iterator[Any]:
        with reporting_damage(self.vault.folder):
            yield self._database.connection

    def catch_up_index(self) -> None:
        """Nothing to do: the reader opens only when no save is waiting to be indexed, and
        nothing can save while it holds the vault's lock."""

    def close(self) -> None:
        try:
            self._database.close()
        finally:
            self.vault.close()

    def __enter__(self) -> VaultReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_to_read(folder: Path, passphrase: str) -> VaultReader:
    """Unlock the vault at ``folder`` and open its database to read (see the module)."""
    # counted like every other unlock, before the key derivation (services.coercion)
    vault = guarded(Path(folder), lambda: unlock_vault(folder, passphrase))
    try:
        vault = _in_format_2(Path(folder), passphrase, vault)
        database = _open_if_current(vault)
        if database is None:
            from satchel.services.core.session import VaultSession  # noqa: PLC0415

            # upgrades, repairs the record, indexes what saves queued; keeps the keys
            VaultSession.open(vault).close_keeping_keys()
            with reporting_damage(vault.folder):
                database = open_read_only(vault.database_path, vault.database_key)
            if database.revision != HEAD_REVISION:  # pragma: no cover - upgraded just now
                database.close()
                raise UnsupportedVersionError(str(database.revision))
    except BaseException:
        vault.close()
        raise
    return VaultReader(vault, database)


def _in_format_2(folder: Path, passphrase: str, vault: UnlockedVault) -> UnlockedVault:
    """The vault upgraded to format 2 on the way, as every unlock does; the upgrade (and
    what it imports) only when the vault is still in format 1."""
    from satchel.vault.format2.unlocked import HiddenVault  # noqa: PLC0415
    from satchel.vault.format2.upgrade import can_upgrade  # noqa: PLC0415

    if isinstance(vault, HiddenVault) or not can_upgrade(vault):
        return vault
    from satchel.services.core.format_upgrade import upgrade_on_unlock  # noqa: PLC0415

    return upgrade_on_unlock(folder, passphrase, vault)


def _open_if_current(vault: UnlockedVault) -> ReadOnlyDatabase | None:
    """The read-only database, or None when opening it needs a write first."""
    record = vault.commit_record
    record.read()  # TamperedError for a record that does not authenticate, as at any unlock
    if vault.notices or not record.exists or record.spoiled or vault.record_to_start:
        return None
    with reporting_damage(vault.folder):
        database = open_read_only(vault.database_path, vault.database_key)
    if (
        database.revision != HEAD_REVISION
        or database.committed != record.recorded
        or database.pending
    ):
        database.close()
        return None
    return database
