"""An unlocked format-2 side: its slot, its files, and the changes only it can make.

It keeps the Argon2id result of its unlock (wiped on close) so it can re-seal its own slot:
to change the passphrase, and to record the duress slot it set among the positions it owns.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import replace
from pathlib import Path

from satchel import event_log
from satchel.errors import InvalidInputError, LockedError, WrongPassphraseError
from satchel.vault.disk.atomic_file import write_atomically
from satchel.vault.disk.lockfile import BorrowedLock, VaultLock
from satchel.vault.format1 import header as v1_header
from satchel.vault.format2 import header as headers
from satchel.vault.format2 import slots
from satchel.vault.format2.files import destroy_pair
from satchel.vault.format2.layout import (
    BACKUPS_NAME,
    POSITIONS,
    Pair,
    pairs,
    params_of,
)
from satchel.vault.format2.record import SealedCommitRecord
from satchel.vault.keys.kdf import derive_key, normalize_passphrase
from satchel.vault.keys.key_material import (
    MASTER_KEY_BYTES,
    PURPOSE_COMMIT_RECORD,
    derive_subkey,
    is_wiped,
    wipe,
)
from satchel.vault.keys.recovery import phrase_to_secret
from satchel.vault.notices import NoticeKind, VaultNotice
from satchel.vault.unlocked import UnlockedVault

DURESS_MODES = {"erase": slots.Mode.DURESS_ERASE, "hide": slots.Mode.DURESS_HIDE}


class HiddenVault(UnlockedVault):
    format_version = 2

    def __init__(
        self,
        folder: Path,
        header: headers.HiddenHeader,
        *,
        position: int,
        payload: slots.Payload,
        attempt_key: bytearray,
        pair: Pair,
        lock: VaultLock,
        found: tuple[tuple[NoticeKind, str], ...] = (),
    ) -> None:
        master_key = bytearray(payload.master_key)
        # A copy damaged, missing or left stale, and written again: said, not silent.
        notices = [VaultNotice(kind, name) for kind, name in found]
        super().__init__(
            folder, v1_header.Header(payload.vault_id, 0, ()), master_key, lock, notices=notices
        )
        self.commit_record.close()  # the format-1 record object is not used: its key goes
        self.commit_record = SealedCommitRecord(
            pair.record, payload.vault_id, derive_subkey(master_key, PURPOSE_COMMIT_RECORD)
        )
        self._hidden = header
        self._position = position
        self._payload = replace(payload, master_key=b"")
        self._attempt_key = attempt_key
        self.pair = pair

    @staticmethod
    def derive(secret: bytes, salt: bytes) -> bytearray:
        return derive_key(secret, salt, params_of(salt))

    @property
    def database_path(self) -> Path:
        return self.pair.database

    @property
    def is_cover(self) -> bool:
        """Opened by a duress passphrase. Nothing shown to the user depends on this."""
        return self._payload.mode is not slots.Mode.NORMAL or bool(self._payload.erase)

    @property
    def opened_as_cover(self) -> bool:
        """A cover, or one whose erase already ran: opened at a position no real vault uses.
        Such a side never makes, removes or restores over the other side's files."""
        return self.is_cover or self._position not in (0, 1, slots.LEGACY_POSITION)

    @property
    def duress_position(self) -> int | None:
        own = {self._position, *self._fixed_positions()}
        extra = sorted(self._payload.owned - own)
        return extra[0] if extra else None

    def _fixed_positions(self) -> set[int]:
        return {p for p in self._payload.owned if p in (0, 1, slots.LEGACY_POSITION)}

    def _require(self) -> None:
        if self.closed:
            raise LockedError()

    def _reseal_own(self, header: headers.HiddenHeader, payload: slots.Payload) -> None:
        full = replace(payload, master_key=bytes(self._master_key))
        header.positions[self._position] = slots.seal(
            self._attempt_key, header.salt, self._position, full
        )

    def _commit(self, header: headers.HiddenHeader, own: slots.Payload) -> None:
        """This side's slot sealed again with `own`, and `header` written (both copies)."""
        self._reseal_own(header, own)
        headers.write(self.folder, header)
        self._hidden, self._payload = header, own

    def _passphrase_position(self) -> int:
        if self._payload.kind is slots.Kind.PASSPHRASE:
            return self._position
        return min(self._payload.owned - {slots.LEGACY_POSITION, 1} or {0})

    def check_passphrase(self, passphrase: str) -> None:
        """WrongPassphraseError unless `passphrase` opens this side's passphrase slot."""
        self._require()
        position = self._passphrase_position()
        salt = self._hidden.salt
        key = self.derive(normalize_passphrase(passphrase), salt)
        try:
            payload = slots.try_open(key, salt, position, self._hidden.positions[position])
        finally:
            wipe(key)
        if (
            payload is None
            or payload.kind is not slots.Kind.PASSPHRASE
            or payload.vault_id != self._payload.vault_id
        ):
            raise WrongPassphraseError("passphrase")

    def replace_recovery_phrase(self, phrase: str) -> None:
        """Re-key this side's recovery slot to `phrase`: the old phrase no longer opens it.

        A side without one (a cover) takes a free position for it, as a new vault has one:
        the cover answers this like any vault."""
        self._require()
        owned = self._payload.owned
        if 1 in owned:
            position = 1
        elif slots.LEGACY_POSITION in owned:
            position = slots.LEGACY_POSITION
        else:
            position = self._free_position()
        header = self._hidden.copy()
        own = replace(self._payload, owned=owned | {position})
        key = self.derive(phrase_to_secret(phrase), header.salt)
        try:
            recovery = replace(own, kind=slots.Kind.RECOVERY, master_key=bytes(self._master_key))
            header.positions[position] = slots.seal(key, header.salt, position, recovery)
        finally:
            wipe(key)
        self._commit(header, own)
        event_log.event("recovery_phrase.replaced")

    def _free_position(self) -> int:
        """A position of no slot of this side and with no fixed role (0, 1, 7)."""
        free = sorted(set(range(POSITIONS)) - self._payload.owned - {0, 1, slots.LEGACY_POSITION})
        if not free:
            raise InvalidInputError("This vault has no room for another key. Nothing was changed.")
        return free[secrets.randbelow(len(free))]

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-seal this side's passphrase slot in place; the database is not touched."""
        self._require()
        if not new_passphrase:
            raise WrongPassphraseError("passphrase (it is empty)")
        position = self._passphrase_position()
        header = self._hidden.copy()
        new_key = self.derive(normalize_passphrase(new_passphrase), header.salt)
        payload = replace(
            self._payload, kind=slots.Kind.PASSPHRASE, master_key=bytes(self._master_key)
        )
        header.positions[position] = slots.seal(new_key, header.salt, position, payload)
        headers.write(self.folder, header)
        self._hidden = header
        if position == self._position:
            wipe(self._attempt_key)
            self._attempt_key = new_key
        else:
            wipe(new_key)
        event_log.event("passphrase.changed")

    # -- duress ----------------------------------------------------------------------------

    def prepare_cover(self, duress_passphrase: str) -> HiddenVault:
        """A new, empty cover side in the other pair of files, not yet reachable from the
        header: the caller fills it (the store makes its database), then `commit_cover`."""
        self._require()
        if self.opened_as_cover or self._payload.kind is not slots.Kind.PASSPHRASE:
            raise InvalidInputError(
                "Unlock with the passphrase (not the recovery phrase) to set this up."
            )
        if not duress_passphrase:
            raise InvalidInputError("The duress passphrase cannot be empty. Nothing was changed.")
        header = self._hidden
        key = self.derive(normalize_passphrase(duress_passphrase), header.salt)
        taken = [
            p
            for p in range(POSITIONS)
            if p != self.duress_position
            and slots.try_open(key, header.salt, p, header.positions[p]) is not None
        ]
        if taken:
            wipe(key)
            raise InvalidInputError(
                "The duress passphrase must differ from the passphrase. Nothing was changed."
            )
        other = next(pair for pair in pairs(self.folder) if pair != self.pair)
        for path in (other.database, *other.journal_files):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        cover_key = bytearray(os.urandom(MASTER_KEY_BYTES))
        vault_id = slots.new_vault_id()
        record = SealedCommitRecord(
            other.record, vault_id, derive_subkey(cover_key, PURPOSE_COMMIT_RECORD)
        )
        write_atomically(other.record, record.encode_fresh(0))
        record.close()
        position = self.duress_position
        if position is None:
            # never a position with a fixed role (0, 1, and 7 for a format-1 recovery slot)
            free = sorted(
                set(range(POSITIONS)) - self._payload.owned - {0, 1, slots.LEGACY_POSITION}
            )
            position = free[secrets.randbelow(len(free))]
        payload = slots.Payload(
            bytes(cover_key), vault_id, slots.Kind.PASSPHRASE, frozenset({position})
        )
        wipe(cover_key)
        return HiddenVault(
            self.folder,
            header.copy(),
            position=position,
            payload=payload,
            attempt_key=key,
            pair=other,
            lock=BorrowedLock(self._lock),
        )

    def commit_cover(self, cover: HiddenVault, mode: str) -> None:
        """Make the cover reachable: its slot, and this side's slot owning that position.

        One header write: before it the cover is unreachable filler, after it both open.
        """
        self._require()
        header = self._hidden.copy()
        position = cover._position
        real = frozenset(p for p in self._payload.owned if p in self._fixed_positions())
        cover_payload = slots.Payload(
            bytes(cover._master_key),
            cover.vault_id,
            slots.Kind.PASSPHRASE,
            frozenset({position}),
            DURESS_MODES[mode],
            real if DURESS_MODES[mode] is slots.Mode.DURESS_ERASE else frozenset(),
        )
        header.positions[position] = slots.seal(
            cover._attempt_key, header.salt, position, cover_payload
        )
        own = replace(self._payload, owned=real | {position})
        self._commit(header, own)
        event_log.event("duress.set", erase=mode == "erase")

    def add_own_duress(self, duress_passphrase: str) -> None:
        """A cover asked to set a duress passphrase: it accepts, as any vault would, with a
        second passphrase slot that opens this same cover. It never makes another side (the
        other pair of files is the real vault) and never erases anything."""
        self._require()
        if not duress_passphrase:
            raise InvalidInputError("The duress passphrase cannot be empty. Nothing was changed.")
        header = self._hidden.copy()
        key = self.derive(normalize_passphrase(duress_passphrase), header.salt)
        try:
            if any(
                slots.try_open(key, header.salt, p, header.positions[p]) is not None
                for p in range(POSITIONS)
            ):
                raise InvalidInputError(
                    "The duress passphrase must differ from the passphrase. Nothing was changed."
                )
            position = self.duress_position
            if position is None:
                position = self._free_position()
            own = replace(self._payload, owned=self._payload.owned | {position})
            second = replace(
                own,
                kind=slots.Kind.PASSPHRASE,
                master_key=bytes(self._master_key),
                mode=slots.Mode.DURESS_HIDE,
                erase=frozenset(),
            )
            header.positions[position] = slots.seal(key, header.salt, position, second)
        finally:
            wipe(key)
        self._commit(header, own)
        event_log.event("duress.set", erase=False)

    def remove_duress(self) -> bool:
        """Destroy the duress slot and the cover's files; False when there was none.

        In a cover the duress slot opens the cover itself (add_own_duress): only the slot
        goes; the other pair of files is the real vault and is never touched from here."""
        self._require()
        position = self.duress_position
        if position is None:
            return False
        header = self._hidden.copy()
        header.positions[position] = slots.random_position()
        own = replace(self._payload, owned=self._payload.owned - {position})
        self._commit(header, own)
        if self.opened_as_cover:
            event_log.event("duress.removed")
            return True
        other = next(pair for pair in pairs(self.folder) if pair != self.pair)
        destroy_pair(other)
        event_log.event("duress.removed")
        return True

    def erase_other_side(self) -> None:
        """Duress, erase mode: the real side's positions become random in one header write
        (the irreversible moment), then its files are overwritten and backups beside the vault
        are crypto-erased. This slot becomes an ordinary one, so it never erases again."""
        header = self._hidden.copy()
        for position in self._payload.erase:
            header.positions[position] = slots.random_position()
        self._commit(header, replace(self._payload, mode=slots.Mode.NORMAL, erase=frozenset()))
        other = next(pair for pair in pairs(self.folder) if pair != self.pair)
        destroy_pair(other)
        from satchel.vault.format2.lifecycle import wipe_backups  # noqa: PLC0415 - a cycle otherwise

        wipe_backups(self.folder / BACKUPS_NAME)

    def erase_own_side(self) -> None:
        """Travel: this side's slots become random in one header write (the cover's stay),
        then its files and the backups beside the vault are destroyed; the vault closes."""
        self._require()
        header = self._hidden.copy()
        for position in self._fixed_positions() | {self._position}:
            header.positions[position] = slots.random_position()
        headers.write(self.folder, header)
        folder, pair = self.folder, self.pair
        self.close()
        destroy_pair(pair)
        from satchel.vault.format2.lifecycle import wipe_backups  # noqa: PLC0415 - a cycle otherwise

        wipe_backups(folder / BACKUPS_NAME)

    def backup_header(self) -> bytes:
        """The header as a backup of this side holds it: only this side's own passphrase and
        recovery slots. A duress slot without the cover's files (not in the backup) would
        answer "damaged" where a guard types it; this side's slot is resealed to say so."""
        self._require()
        header = self._hidden.copy()
        keep = self._fixed_positions() | {self._position}
        for position in range(POSITIONS):
            if position not in keep:
                header.positions[position] = slots.random_position()
        own = replace(self._payload, owned=frozenset(keep))
        self._reseal_own(header, own)
        return header.encode()

    def backup_record(self, seq: int) -> bytes:
        """This side's commit record at change `seq`, as a backup made now carries it."""
        assert isinstance(self.commit_record, SealedCommitRecord)
        return self.commit_record.encode_fresh(seq)

    def close(self) -> None:
        wipe(self._attempt_key)
        super().close()

    @property
    def keys_wiped(self) -> bool:
        return super().keys_wiped and is_wiped(self._attempt_key)
