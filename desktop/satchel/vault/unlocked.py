"""An unlocked vault: the keys it holds and the lock that keeps other processes out."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from satchel import event_log
from satchel.errors import DamagedError, InvalidInputError, LockedError, WrongPassphraseError
from satchel.vault.disk.lockfile import VaultLock
from satchel.vault.format1 import header as header_file
from satchel.vault.format1.commit_record import COMMIT_RECORD_FILE, CommitRecord
from satchel.vault.format1.keyslots import open_slot, seal_slot
from satchel.vault.keys.kdf import normalize_passphrase
from satchel.vault.keys.key_material import (
    PURPOSE_COMMIT_RECORD,
    PURPOSE_DATABASE,
    derive_subkey,
    is_wiped,
    wipe,
)
from satchel.vault.keys.recovery import phrase_to_secret
from satchel.vault.keys.sealing import FieldSealer
from satchel.vault.notices import VaultNotice

DATABASE_FILE = "vault.db"


class UnlockedVault:
    """Handed explicitly to the store and the services; `close()` wipes what it holds."""

    format_version = 1

    def __init__(
        self,
        folder: Path,
        header: header_file.Header,
        master_key: bytearray,
        lock: VaultLock,
        *,
        notices: list[VaultNotice] | None = None,
    ) -> None:
        self.folder = folder
        self._header = header
        self._master_key = master_key
        self._lock = lock
        # What the unlock repaired or changed (see vault.notices); the session adds more.
        self.notices: list[VaultNotice] = list(notices or [])
        self.database_key = derive_subkey(master_key, PURPOSE_DATABASE)
        self.sealer = FieldSealer(master_key)
        self.commit_record = CommitRecord(
            folder, header.vault_id, derive_subkey(master_key, PURPOSE_COMMIT_RECORD)
        )

    @property
    def header_repaired(self) -> bool:
        return any(notice.kind.startswith("header_copy") for notice in self.notices)

    @property
    def keeps_commit_record(self) -> bool:
        """Whether the (authenticated) header says this vault has a vault.commit file."""
        return self._header.commit_record

    def mark_commit_record(self) -> None:
        """Record in the header that vault.commit exists, so its loss is noticed from now on.

        A vault without keyslots (the demo) has no header on disk and nothing to mark.
        """
        if self.closed:
            raise LockedError()
        if self._header.commit_record or not self._header.slots:
            return
        updated = replace(self._header, commit_record=True, sequence=self._header.sequence + 1)
        updated = header_file.sign(updated, self._master_key)
        header_file.write_copies(self.folder, updated)
        self._header = updated

    def commits_on_record(self) -> int:
        """How many changes the database must hold at least; reads and checks vault.commit.

        Refuses a vault whose header says it keeps a record that is gone (deleting it must
        not switch rollback detection off), unless a restore into a new folder left its
        marker; notes each spoiled slot as damage repaired at the next write.
        """
        record = self.commit_record
        record.read()
        if not record.exists and self._header.commit_record and not record.restored:
            raise DamagedError(
                "commit record",
                "vault.commit is missing, so Satchel cannot tell whether the latest changes "
                "are all there; it was deleted or lost",
            )
        self.notices += [
            VaultNotice("commit_slot_damaged", f"{record.path.name} slot {index}")
            for index in record.spoiled_slots
        ]
        return record.claimed

    def started_record(self) -> None:
        """After the record was written at open: mark it in the header, and say so."""
        if not self._header.slots:
            return  # a throwaway demo vault: no header on disk
        if self.commit_record.restored:
            self.notices.append(VaultNotice("record_started_after_restore", COMMIT_RECORD_FILE))
            self.commit_record.forget_restore()
        elif not self._header.commit_record:
            self.notices.append(VaultNotice("record_started", COMMIT_RECORD_FILE))
        self.mark_commit_record()

    @property
    def record_to_start(self) -> bool:
        """Whether started_record() would change the header or have something to say: a
        read-only open cannot, so it opens the usual way instead."""
        if not self._header.slots:
            return False
        return self.commit_record.restored or not self._header.commit_record

    @property
    def vault_id(self) -> str:
        return self._header.vault_id

    @property
    def v1_header(self) -> header_file.Header:
        return self._header

    def master_key_copy(self) -> bytearray:
        """For the upgrade to format 2 only; the caller wipes it."""
        return bytearray(self._master_key)

    @property
    def is_cover(self) -> bool:
        return False

    @property
    def database_path(self) -> Path:
        return self.folder / DATABASE_FILE

    @property
    def closed(self) -> bool:
        return not self._lock.held

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrite the passphrase slot; the database is not touched."""
        if self.closed:
            raise LockedError()
        if not new_passphrase:
            raise WrongPassphraseError("passphrase (it is empty)")
        self._replace_slot("passphrase", normalize_passphrase(new_passphrase))
        event_log.event("passphrase.changed")

    def check_passphrase(self, passphrase: str) -> None:
        """WrongPassphraseError unless `passphrase` opens this vault's passphrase slot: asked
        again before a change, so an unlocked laptop left alone cannot be re-keyed."""
        if self.closed:
            raise LockedError()
        slot = next((s for s in self._header.slots if s.kind == "passphrase"), None)
        if slot is None:
            raise InvalidInputError("This vault has no passphrase to change (a demo vault).")
        key = open_slot(
            slot,
            format_version=self._header.format_version,
            vault_id=self._header.vault_id,
            secret=normalize_passphrase(passphrase),
        )
        wipe(key)

    def replace_recovery_phrase(self, phrase: str) -> None:
        """Re-key the recovery slot to `phrase` (from recovery.new_recovery_phrase): the old
        phrase no longer opens the vault (backups made before keep the phrase of their day)."""
        if self.closed:
            raise LockedError()
        self._replace_slot("recovery", phrase_to_secret(phrase))
        event_log.event("recovery_phrase.replaced")

    def _replace_slot(self, kind: str, secret: bytes) -> None:
        old = next((slot for slot in self._header.slots if slot.kind == kind), None)
        if old is None:
            raise InvalidInputError(f"This vault has no {kind} slot to change (a demo vault).")
        slot = seal_slot(
            format_version=self._header.format_version,
            vault_id=self._header.vault_id,
            slot_id=old.slot_id,
            kind=old.kind,
            secret=secret,
            master_key=self._master_key,
            kdf=old.kdf,
        )
        slots = tuple(slot if s.slot_id == old.slot_id else s for s in self._header.slots)
        updated = replace(self._header, slots=slots, sequence=self._header.sequence + 1)
        updated = header_file.sign(updated, self._master_key)
        header_file.write_copies(self.folder, updated)
        self._header = updated

    def close(self) -> None:
        """Overwrite every key this object holds and release the vault."""
        wipe(self._master_key)
        wipe(self.database_key)
        self.sealer.wipe()
        self.commit_record.close()
        self._lock.release()

    @property
    def keys_wiped(self) -> bool:
        return (
            is_wiped(self._master_key)
            and is_wiped(self.database_key)
            and self.sealer.wiped
            and self.commit_record.key_wiped
        )

    def __enter__(self) -> UnlockedVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:  # never show key material, even in a debugger
        return f"UnlockedVault(folder={os.fspath(self.folder)!r}, closed={self.closed})"
