"""Reading and opening the format-2 header: two copies, one decides.

Nothing in a copy can be checked without a key, so damage is told apart by comparing the
copies. Copy "0" is always written first: once it is on disk the change has happened (a new
passphrase, a slot erased by a duress passphrase). When a secret opens a slot only in copy
"1", the two copies are compared at that position: rewritten whole in "0" means the slot was
replaced or erased there (the secret is refused, as a wrong one); a few bytes different, a
missing or cut copy "0" means damage (it opens, and "0" is repaired and the repair reported).
"""

from __future__ import annotations

import contextlib
import stat
from dataclasses import dataclass, field
from pathlib import Path

from satchel.errors import DamagedError, NotAVaultError
from satchel.vault.disk import vault_files
from satchel.vault.disk.atomic_file import temp_path, write_atomically
from satchel.vault.format2 import slots
from satchel.vault.format2.layout import (
    HEADER_BYTES,
    HEADER_COPIES,
    POSITION_BYTES,
    POSITIONS,
    SALT_BYTES,
    params_of,
)
from satchel.vault.keys.kdf import derive_key
from satchel.vault.keys.key_material import wipe
from satchel.vault.notices import NoticeKind

# More than this many bytes of a position differ between the copies: rewritten, not damaged.
REWRITTEN_BYTES = POSITION_BYTES // 2
# 912 random bytes show ~249 distinct values; fewer than 64 has a chance below 1e-100. A copy
# with fewer was zeroed or filled (a wipe tool, a failing disk): damage, not a wrong secret.
MIN_DISTINCT_BYTES = 64


@dataclass
class HiddenHeader:
    """The salt (with the cost byte) and the eight positions, as bytes."""

    salt: bytes
    positions: list[bytes] = field(default_factory=list)

    def encode(self) -> bytes:
        return self.salt + b"".join(self.positions)

    @classmethod
    def decode(cls, raw: bytes) -> HiddenHeader:
        if len(raw) != HEADER_BYTES:
            raise ValueError("a header copy of the wrong size")
        if len(set(raw)) < MIN_DISTINCT_BYTES:
            raise ValueError("a header copy that cannot be random: zeroed or filled")
        body = raw[SALT_BYTES:]
        return cls(
            raw[:SALT_BYTES],
            [body[i * POSITION_BYTES : (i + 1) * POSITION_BYTES] for i in range(POSITIONS)],
        )

    def copy(self) -> HiddenHeader:
        return HiddenHeader(self.salt, list(self.positions))


@dataclass(frozen=True)
class Opened:
    header: HiddenHeader
    position: int
    payload: slots.Payload
    attempt_key: bytearray  # wiped by the caller
    repaired: bool  # copy "0" was damaged or missing and is written again
    stale_spare: bool  # copy "1" differs from the header that opened and is written again
    # What was found wrong with a copy, as (notice kind, copy name), said after the unlock.
    found: tuple[tuple[NoticeKind, str], ...] = ()


def read_raw(folder: Path) -> list[bytes | None]:
    """Each copy's bytes, None when missing; raises when neither exists.

    Read through `vault_files`: a link, FIFO or device under a copy's name is refused
    (UnsafeVaultFileError naming it), never followed or waited on.
    """
    found: list[bytes | None] = []
    for name in HEADER_COPIES:
        entry = vault_files.lstat(folder, name)
        if entry is not None and stat.S_ISDIR(entry.st_mode):
            found.append(b"")  # a folder in its place: a damaged copy
            continue
        try:
            found.append(vault_files.read_file(folder, name, HEADER_BYTES))
        except PermissionError as error:
            raise DamagedError("header", f"cannot read it: permission denied ({name})") from error
    if all(raw is None for raw in found):
        raise NotAVaultError(str(folder))
    return found


def intact(raw: bytes | None) -> HiddenHeader | None:
    try:
        return None if raw is None else HiddenHeader.decode(raw)
    except ValueError:
        return None


def readable_header(folder: Path) -> HiddenHeader:
    """The copy that decides (or its spare when it is missing or cut): for `info`."""
    first, second = (intact(raw) for raw in read_raw(folder))
    header = first or second
    if header is None:
        raise DamagedError("header", "both copies have the wrong size")
    return header


def _differing(a: bytes, b: bytes) -> int:
    return sum(x != y for x, y in zip(a, b, strict=True))


def open_with(folder: Path, secret: bytes, kinds: tuple[slots.Kind, ...]) -> Opened | None:
    """One Argon2id run, then every position of copy "0" and copy "1" tried with its result.

    None when nothing opens (a wrong secret, or a slot destroyed or replaced). A second
    derivation runs only when the two copies' salts differ, which only damage causes.
    """
    raw = read_raw(folder)
    first, second = (intact(r) for r in raw)
    if first is None and second is None:
        raise DamagedError("header", "both copies have the wrong size")
    derived: dict[bytes, bytearray] = {}
    try:
        for index, header in enumerate((first, second)):
            if header is None:
                continue
            key = derived.get(header.salt)
            if key is None:
                key = derive_key(secret, header.salt, params_of(header.salt))
                derived[header.salt] = key
            for position in range(POSITIONS):
                payload = slots.try_open(key, header.salt, position, header.positions[position])
                if payload is None or payload.kind not in kinds:
                    continue
                if index == 1 and first is not None:
                    other = first.positions[position]
                    if _differing(other, header.positions[position]) > REWRITTEN_BYTES:
                        # Replaced or erased in the copy that decides: the secret is gone.
                        _finish_rewrite(folder, merged(header, first, frozenset({position})))
                        return None
                repaired = index == 1
                stale = index == 0 and raw[1] != header.encode()
                found = _found(raw, first, second, index, frozenset({position}))
                return Opened(header, position, payload, bytearray(key), repaired, stale, found)
        return None
    finally:
        for key in derived.values():
            wipe(key)


def _found(
    raw: list[bytes | None],
    first: HiddenHeader | None,
    second: HiddenHeader | None,
    opened_from: int,
    owned: frozenset[int],
) -> tuple[tuple[NoticeKind, str], ...]:
    """What is wrong with the copy the key did not open from, in the words of the notices.

    Only the position this key opened (and the shared salt) can be judged: any other
    position (the recovery slot, another side's, an unused one) is random to this key, so
    which copy is right there is left to the key that opens it. A spare that differs there
    by a whole slot was left by a change cut short (stale); by a few bytes, or cut, it is
    damaged. Either way it is rewritten.
    """
    other = 1 - opened_from
    name = HEADER_COPIES[other]
    if raw[other] is None:
        return (("header_copy_missing", name),)
    decided = (first, second)[opened_from]
    copy = (first, second)[other]
    if copy is None:
        return (("header_copy_damaged", name),)
    assert decided is not None
    if copy.salt != decided.salt:
        return (("header_copy_damaged", name),)
    differing = [p for p in owned if copy.positions[p] != decided.positions[p]]
    if not differing:
        return ()
    whole = all(
        _differing(copy.positions[p], decided.positions[p]) > REWRITTEN_BYTES for p in differing
    )
    if opened_from == 0 and whole:
        return (("header_copy_stale", name),)
    return (("header_copy_damaged", name),)


def merged(
    target: HiddenHeader | None, source: HiddenHeader, owned: frozenset[int]
) -> HiddenHeader:
    """`target` with this side's positions taken from `source`; all of `source` when the
    target is missing, cut, or has another salt (the salt is every slot's)."""
    if target is None or target.salt != source.salt:
        return source.copy()
    result = target.copy()
    for position in owned:
        result.positions[position] = source.positions[position]
    return result


def repair(folder: Path, opened: Opened) -> HiddenHeader:
    """Bring the damaged or stale copy in line at the position that opened; returns copy "0" as
    it now is (what this side's later changes start from)."""
    raw = read_raw(folder)
    first, second = (intact(r) for r in raw)
    owned = frozenset({opened.position})
    if opened.repaired:  # opened from "1": copy "0" is rewritten from it
        fixed = merged(first, opened.header, owned)
        write_atomically(folder / HEADER_COPIES[0], fixed.encode())
        return fixed
    if opened.found:
        write_atomically(folder / HEADER_COPIES[1], merged(second, opened.header, owned).encode())
    return opened.header


def _finish_rewrite(folder: Path, decided: HiddenHeader) -> None:
    """A change cut short between the copies: the spare still held what "0" replaced."""
    with contextlib.suppress(OSError):
        write_atomically(folder / HEADER_COPIES[1], decided.encode())


def write(folder: Path, header: HiddenHeader) -> None:
    """Copy "0" first (the change happens there), then its spare."""
    data = header.encode()
    for name in HEADER_COPIES:
        write_atomically(folder / name, data)


def clear_staged(folder: Path) -> None:
    """A write cut short leaves a staged copy, which may hold a slot that never took effect.

    Overwritten through `vault_files.destroy`, so a link planted under a staged name is
    left alone, never written through.
    """
    for name in HEADER_COPIES:
        staged = temp_path(folder / name).name
        vault_files.destroy(folder, staged)
