"""The unlocked vault with its database open: the one object every service takes."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from satchel import event_log
from satchel.errors import DamagedError, LockedError, VaultError
from satchel.services.core.damage import reporting_damage
from satchel.services.core.repairs import listeners
from satchel.store.commit_counter import (
    changes_so_far,
    committed_count,
    raise_counter,
    read_counter,
)
from satchel.store.engine import close_database, driver_connection, open_database
from satchel.store.migrate import upgrade_to_head
from satchel.store.models import ActivityEvent
from satchel.vault import (
    KdfParams,
    UnlockedVault,
    create_vault,
    unlock_vault,
    unlock_with_recovery,
)
from satchel.vault.keys.sealing import FieldSealer
from satchel.work import Progress

_DELETED = "satchel.deleted"  # Session.info key: this transaction deleted something


def _note_deletions(session: Session, _context: object) -> None:
    if session.deleted:
        session.info[_DELETED] = True


def _note_bulk_deletions(state: ORMExecuteState) -> None:
    if state.is_delete:
        state.session.info[_DELETED] = True


class VaultSession:
    """Owns the engine and the keys; `close()` checkpoints, disposes and wipes them."""

    def __init__(self, vault: UnlockedVault, engine: Engine) -> None:
        self.vault = vault
        self.engine: Engine | None = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        event.listen(self._sessions, "after_flush", _note_deletions)
        event.listen(self._sessions, "do_orm_execute", _note_bulk_deletions)
        # Work in flight on other threads (an import, a backup): close() waits for it, so the
        # engine and the keys never go while a transaction still needs them.
        self._users: dict[int, int] = {}  # thread id -> blocks it has open
        self._users_changed = threading.Condition()
        self._closing = False

    @classmethod
    def open(
        cls,
        vault: UnlockedVault,
        *,
        create: bool = False,
        progress: Progress | None = None,
    ) -> VaultSession:
        """Open the database, upgrading it first if it is older (``progress`` hears how far
        a long upgrade step, such as re-indexing for search, has come)."""
        try:
            minimum = vault.commits_on_record()
            with reporting_damage(vault.folder):  # a damaged page read at the schema is typed
                engine = open_database(
                    vault.database_path,
                    vault.database_key,
                    create=create,
                    minimum_commit=minimum,
                )
            try:
                with reporting_damage(vault.folder):
                    # An upgrade can be undone: the vault as it was is backed up first.
                    upgrade_to_head(
                        engine, before_upgrade=lambda: _back_up(vault), progress=progress
                    )
                    session = cls(vault, engine)
                    session._start_record()
                    session._convert_data()
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            vault.close()
            raise
        return session

    @property
    def sealer(self) -> FieldSealer:
        return self.vault.sealer

    @property
    def is_open(self) -> bool:
        return self.engine is not None

    def require_open(self) -> Engine:
        """The engine, or VaultLockedError once closed.

        Without this check a closed session would try a new connection with the wiped key,
        and the user would be told the database was tampered with.
        """
        if self.engine is None:
            raise LockedError()
        return self.engine

    @property
    def commit_seq(self) -> int:
        """How many write transactions the vault has committed: it changes with every write."""
        with self.reading() as session:
            return read_counter(session.connection())

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: committed (durably, synchronous=FULL) when the block ends.

        A block that wrote anything raises the commit counter in the same transaction, and the
        committed value goes to the vault's commit record right after (see vault.commit_record).
        """
        with self._in_use(), reporting_damage(self.vault.folder), self._sessions() as session:
            with session.begin():
                before = changes_so_far(session.connection())
                yield session
                session.flush()
                connection = session.connection()
                seq = raise_counter(connection) if changes_so_far(connection) != before else None
            if seq is not None:
                self._record(seq)
            if session.info.pop(_DELETED, False):
                self._fold_in_wal()

    def _start_record(self) -> None:
        """Bring vault.commit in step with the database, and the header in step with it.

        A new, migrated or restored vault, or a record one slot of which was spoiled: write
        it now, so it never depends on a single good slot. Every repair or change is said.
        """
        record = self.vault.commit_record
        committed = committed_count(self.require_open())
        if committed != record.recorded or record.spoiled or not record.exists:
            record.write(committed)  # unlike a commit's own write, a failure here is told
        if not self.vault.keeps_commit_record or record.restored:
            self.vault.started_record()
        notices = self.vault.notices
        if notices:
            for listener in listeners():
                listener(list(notices))
            event_log.event(
                "vault.repaired",
                header_copies=sum(n.kind.startswith("header_copy") for n in notices),
                commit_slots=sum(n.kind == "commit_slot_damaged" for n in notices),
                record_started=any(n.kind.startswith("record_started") for n in notices),
            )
            with self.transaction() as session:
                for notice in notices:
                    session.add(
                        ActivityEvent(
                            action="repaired" if notice.is_repair else "record_started",
                            kind="vault",
                            ref_id=None,
                            detail=notice.name,
                        )
                    )

    def _convert_data(self) -> None:
        """Stored values written before their field had a fixed form (dates of birth)."""
        from satchel.services.notebook import birth_dates  # noqa: PLC0415 - notebook needs us

        try:
            birth_dates.convert_birth_dates(self)
        except DamagedError:
            # A damaged page where identities are kept: the vault still opens, so everything
            # else can be read and backed up, and refusing here would fold the journal into
            # the damaged file on the way out. Reading those records, and the integrity
            # check, name the damage; the conversion is tried again at the next unlock.
            event_log.event("vault.conversion_deferred")

    def _fold_in_wal(self) -> None:
        """Copy the WAL into the database and truncate it, before a delete returns.

        A deleted record's text, and every earlier version of it, still sits in WAL frames
        until a checkpoint; a laptop that loses power right after a delete would keep it for
        a coerced unlock later. secure_delete has already zeroed the freed database pages.
        A reader on another thread can make the checkpoint stop short; the next delete, lock
        or unlock folds the rest in.
        """
        engine = self.require_open()
        with (
            reporting_damage(self.vault.folder),
            engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection,
        ):
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def _record(self, seq: int) -> None:
        # The change is committed already; a record that lags behind the database is safe
        # (only a record ahead of it means lost changes), so a failed write is not the save's
        # failure. The next commit or unlock writes it again.
        with contextlib.suppress(OSError):
            self.vault.commit_record.write(seq)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._in_use(), reporting_damage(self.vault.folder), self._sessions() as session:
            yield session

    @contextmanager
    def raw_reading(self) -> Iterator[Any]:
        """The DB-API connection under a read (services.reading.reader.Reads), so that what
        the command line reads without SQLAlchemy is read by the very same code here."""
        with self.reading() as session:
            yield driver_connection(session)

    def catch_up_index(self) -> None:
        """Index the notes saved since the last search (services.core.search)."""
        from satchel.services.core.search import catch_up_index  # noqa: PLC0415

        catch_up_index(self)

    @contextmanager
    def holding(self) -> Iterator[None]:
        """Keep the keys for work that is not a transaction (a keyslot change): a lock
        waits for it to end instead of wiping a key it still uses."""
        with self._in_use():
            yield

    @property
    def busy(self) -> bool:
        """Whether a transaction or read is running (on any thread) right now."""
        with self._users_changed:
            return bool(self._users)

    @contextmanager
    def _in_use(self) -> Iterator[None]:
        with self._users_changed:
            if self._closing:
                raise LockedError()
            self.require_open()
            me = threading.get_ident()
            self._users[me] = self._users.get(me, 0) + 1
        try:
            yield
        finally:
            with self._users_changed:
                self._users[me] -= 1
                if not self._users[me]:
                    del self._users[me]
                self._users_changed.notify_all()

    def close_keeping_keys(self) -> None:
        """Close the database but leave the vault's keys to the caller (travel mode erases
        the vault's slots with them, then closes it)."""
        self._close(keep_vault=True)

    def close(self) -> None:
        """Index what saves queued, refuse new work, wait for work in flight, then
        checkpoint, dispose and wipe."""
        self._close(keep_vault=False)

    def _close(self, *, keep_vault: bool) -> None:
        if self.engine is not None and not self._closing:
            # The queue is committed: if this fails, the next unlock's first search catches up.
            from satchel.services.core.search import catch_up_index  # noqa: PLC0415

            with contextlib.suppress(VaultError, DBAPIError):
                catch_up_index(self)
        with self._users_changed:
            self._closing = True
            me = threading.get_ident()  # a block of this very thread cannot end while we wait
            self._users_changed.wait_for(lambda: not set(self._users) - {me})
        if self.engine is not None:
            try:
                close_database(self.engine)
            finally:
                self.engine = None
                if not keep_vault:
                    self.vault.close()

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _back_up(vault: UnlockedVault) -> None:
    """The vault as it was, before an upgrade; imported here, as upgrades are rare, and
    every command that opens a vault would otherwise import the backup format."""
    from satchel.services.backups.copying import backup_before_migration  # noqa: PLC0415

    backup_before_migration(vault)


def create(
    folder: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    kdf_for_tests: KdfParams | None = None,
    format_version: int | None = None,
) -> tuple[VaultSession, str]:
    """A new vault, its database created and migrated; returns the recovery phrase."""
    vault, phrase = create_vault(
        folder,
        passphrase,
        progress=progress,
        kdf_for_tests=kdf_for_tests,
        format_version=format_version,
    )
    session = VaultSession.open(vault, create=True)
    event_log.event("vault.created")
    return session, phrase


def unlock(folder: Path, passphrase: str, *, progress: Progress | None = None) -> VaultSession:
    """Open with the passphrase; a format-1 vault is upgraded to format 2 on the way."""
    from satchel.services.coercion.failed_unlocks import guarded  # noqa: PLC0415 - cycle
    from satchel.services.core.format_upgrade import upgrade_on_unlock  # noqa: PLC0415 - cycle

    vault = guarded(Path(folder), lambda: unlock_vault(folder, passphrase))
    try:
        upgraded = upgrade_on_unlock(Path(folder), passphrase, vault, progress=progress)
    except BaseException:
        vault.close()
        raise
    # An upgrade brought the schema (and the search index) up to date, with the progress.
    return VaultSession.open(upgraded, progress=progress if upgraded is vault else None)


def unlock_recovery(folder: Path, phrase: str) -> VaultSession:
    from satchel.services.coercion.failed_unlocks import guarded  # noqa: PLC0415 - cycle

    return VaultSession.open(guarded(Path(folder), lambda: unlock_with_recovery(folder, phrase)))
