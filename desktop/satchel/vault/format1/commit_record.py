"""The number of the last committed change, kept outside the database's WAL.

Why it exists: SQLite takes a WAL frame whose checksum fails for a write torn by a crash, and
silently drops it with every frame after it. SQLCipher authenticates pages, not the WAL's
framing, so one flipped bit in ``vault.db-wal`` could roll the vault back to older data with
no error at all. The database keeps a counter that every write transaction raises; after each
commit its value is written here, with a MAC under a key derived from the master key. At open,
a database whose counter is below the recorded one has lost committed changes, and the user is
told so instead of working on silently older data.

Layout: two 48-byte slots; change n goes to slot n % 2, so a write torn by a crash can only
spoil the slot being written, and the other still holds n - 1 (which the database, committed
first, is never below). A slot is ``MAGIC | seq (u64, big-endian) | HMAC-SHA256``, the MAC
binding the vault id, the slot index and the sequence number.

The header says, under its MAC, whether the vault keeps this record, so deleting the file
does not switch the check off: a vault whose header says so must still have it. A vault
restored from a backup by `restore --to` (no key at hand to write a record) carries a plain
marker file, and its first unlock says plainly that the record starts again. A slot that
fails its MAC is damage to report; if it claims a change the database does not hold, the
open is refused as lost changes. The record guards against damage, not against someone who
swaps in an older copy of the whole folder, which no local file could detect.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import struct
import threading
from pathlib import Path

from satchel.errors import DamagedError, TamperedError, UnsafeVaultFileError, disk_error
from satchel.vault.disk import vault_files
from satchel.vault.disk.atomic_file import write_atomically
from satchel.vault.keys.key_material import wipe

COMMIT_RECORD_FILE = "vault.commit"
# Left by a restore into a new folder, which has no key to write a record with: its first
# unlock starts the record and says so. Holds nothing but this line.
RESTORED_MARKER_FILE = "vault.restored"
RESTORED_MARKER = b"restored from a Satchel backup\n"
MAGIC = b"SCR1"
_SEQ = struct.Struct(">Q")
_MAC_SIZE = 32
SLOT_SIZE = len(MAGIC) + _SEQ.size + _MAC_SIZE
FILE_SIZE = 2 * SLOT_SIZE


class CommitRecord:
    """Reads and writes ``vault.commit`` for one unlocked vault; `close()` wipes its key."""

    def __init__(self, folder: Path, vault_id: str, key: bytearray) -> None:
        self.path = Path(folder) / COMMIT_RECORD_FILE
        self._vault_id = vault_id.encode("ascii")
        self._key = key
        self._fd: int | None = None
        self._writing = threading.Lock()  # writes come from whichever thread committed
        self.recorded = 0
        self.exists = False  # whether read() found the file
        self.spoiled = False  # one slot failed its MAC at read(); the next write repairs it
        self.spoiled_slots: list[int] = []
        # The highest change any slot speaks of, a spoiled one included when its number
        # can still be read: the database must hold at least this many.
        self.claimed = 0

    def read(self) -> int:
        """The highest sequence number with a valid MAC; 0 when the file does not exist.

        Raises TamperedError when the file exists but neither slot authenticates.
        """
        try:
            data = vault_files.read_file(self.path.parent, self.path.name, FILE_SIZE)
        except UnsafeVaultFileError:
            raise
        except OSError as error:
            disk = disk_error(error)
            raise disk or DamagedError("commit record", "the file cannot be read") from error
        self.exists = data is not None
        if data is None:
            self.recorded = self.claimed = 0
            return 0
        if len(data) != FILE_SIZE:
            raise TamperedError("commit record")
        slots = [data[index * SLOT_SIZE : (index + 1) * SLOT_SIZE] for index in (0, 1)]
        found = {index: self._decode(index, slot) for index, slot in enumerate(slots)}
        valid = [seq for seq in found.values() if seq is not None]
        if not valid:
            raise TamperedError("commit record")
        self.spoiled_slots = [index for index, seq in found.items() if seq is None]
        self.spoiled = bool(self.spoiled_slots)
        self.recorded = max(valid)
        # Only the change right after the recorded one can stand in a spoiled slot for real
        # (a write of n + 1 replaces the slot that held n - 1); any other number there is
        # the damage itself, reported and repaired, not a claim on the database.
        claims = [self._claim(slots[index]) for index in self.spoiled_slots]
        newer = [seq for seq in claims if seq == self.recorded + 1]
        self.claimed = max([self.recorded, *newer])
        return self.recorded

    def create(self) -> None:
        """A new record at change 0 (a new vault), unless one exists."""
        with self._writing:
            if vault_files.lstat(self.path.parent, self.path.name) is None:
                write_atomically(self.path, self._encode(0, 0) + self._encode(1, 0))

    @property
    def restored(self) -> bool:
        """Whether a restore into a new folder left its marker (see RESTORED_MARKER_FILE)."""
        data = vault_files.read_file(self.path.parent, RESTORED_MARKER_FILE, 256)
        return data == RESTORED_MARKER

    def forget_restore(self) -> None:
        vault_files.remove(self.path.parent, RESTORED_MARKER_FILE)

    def encode_record(self, seq: int) -> bytes:
        """The whole file for change `seq` (a restore in place writes it for the backup)."""
        current = self._encode(seq % 2, seq)
        previous = self._encode(1 - seq % 2, max(seq - 1, 0))
        return current + previous if seq % 2 == 0 else previous + current

    def write(self, seq: int) -> None:
        """Record change ``seq`` durably, in the slot the previous change did not use.

        Two threads may commit changes n and n + 1 and write them in either order; a change
        older than the one on record is not written, so the record never goes back.
        """
        with self._writing:
            self._write(seq)

    def _write(self, seq: int) -> None:
        if seq <= self.recorded and not self.spoiled:
            return  # a later change is on record already; it vouches for this one too
        if self._fd is None:
            if vault_files.lstat(self.path.parent, self.path.name) is None:
                write_atomically(self.path, self._encode(0, 0) + self._encode(1, 0))
            self._fd = vault_files.open_file(self.path.parent, self.path.name, os.O_RDWR)
        index = seq % 2
        if self.spoiled:  # a slot failed its MAC: give it the previous change, as if intact
            other = 1 - index
            os.pwrite(self._fd, self._encode(other, max(seq - 1, 0)), other * SLOT_SIZE)
            self.spoiled = False
        os.pwrite(self._fd, self._encode(index, seq), index * SLOT_SIZE)
        getattr(os, "fdatasync", os.fsync)(self._fd)  # Windows and macOS have only fsync
        self.recorded = seq

    def close(self) -> None:
        with self._writing:
            self._close()

    def _close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        wipe(self._key)

    @property
    def key_wiped(self) -> bool:
        return not any(self._key)

    def _mac(self, index: int, seq: int) -> bytes:
        message = self._vault_id + bytes([index]) + _SEQ.pack(seq)
        return hmac.new(bytes(self._key), message, hashlib.sha256).digest()

    def _encode(self, index: int, seq: int) -> bytes:
        return MAGIC + _SEQ.pack(seq) + self._mac(index, seq)

    def _claim(self, slot: bytes) -> int | None:
        """The change number a slot that failed its check still shows, if it can be read."""
        return _claimed(slot)

    def _decode(self, index: int, slot: bytes) -> int | None:
        """The slot's change number when its MAC holds; None when it does not."""
        if slot[: len(MAGIC)] != MAGIC:
            return None
        (seq,) = _SEQ.unpack_from(slot, len(MAGIC))
        if not hmac.compare_digest(slot[len(MAGIC) + _SEQ.size :], self._mac(index, seq)):
            return None
        return int(seq)


def _claimed(slot: bytes) -> int | None:
    """The change number a slot that failed its MAC still shows, if its magic is intact."""
    if slot[: len(MAGIC)] != MAGIC:
        return None
    (seq,) = _SEQ.unpack_from(slot, len(MAGIC))
    return int(seq)
