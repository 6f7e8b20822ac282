"""Return from travel keeping the cover: its slots go back beside the real vault's.

The cover is open when the user asks to return (they unlocked it to reach the menu), so its
slots are read from the header and, where needed, sealed again with its own key; the real
vault, restored and opened with its passphrase, takes them into its header and owns the
cover's position again, as after `commit_cover`. A friend of `HiddenVault`: both sides'
keys are needed, and only these two steps hold them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from satchel import event_log
from satchel.errors import InvalidInputError
from satchel.vault.format2 import header as headers
from satchel.vault.format2 import slots
from satchel.vault.format2.layout import pairs
from satchel.vault.format2.unlocked import HiddenVault

# Where a real vault's slots live (passphrase, recovery, a format-1 recovery): never a cover's.
REAL_POSITIONS = frozenset({0, 1, slots.LEGACY_POSITION})


@dataclass(frozen=True)
class CoverSlots:
    """`found`: the cover's slots as its header holds them now; `adopted`: as the real
    vault takes them back; `position`: the one the real vault owns; `pair_index`: its files."""

    salt: bytes
    found: dict[int, bytes]
    adopted: dict[int, bytes]
    position: int
    pair_index: int


def cover_slots(cover: HiddenVault) -> CoverSlots | None:
    """The open cover's slots, or None when the open vault is not a cover.

    A cover in erase mode that was opened during the trip carried out its erase (nothing
    real was left to destroy) and became an ordinary side: its slot is sealed again in erase
    mode, so the duress passphrase erases as before. Opened by another of its keys (its
    recovery phrase), that slot cannot be sealed again: the cover is not kept."""
    position, payload = cover._position, cover._payload
    if position in REAL_POSITIONS:
        return None
    header = headers.readable_header(cover.folder)
    found = {p: header.positions[p] for p in payload.owned | {position}}
    adopted = dict(found)
    if not cover.is_cover:
        if payload.kind is not slots.Kind.PASSPHRASE:
            return None
        erase = replace(
            payload,
            master_key=bytes(cover._master_key),
            mode=slots.Mode.DURESS_ERASE,
            erase=REAL_POSITIONS,
        )
        adopted[position] = slots.seal(cover._attempt_key, header.salt, position, erase)
    return CoverSlots(header.salt, found, adopted, position, pairs(cover.folder).index(cover.pair))


def adopt_cover(real: HiddenVault, cover: CoverSlots) -> None:
    """The cover's slots into the real side's header (its folder: the staged copy), the
    cover's position owned by the real side again."""
    real._require()
    own = real._payload.owned | {real._position}
    if set(cover.adopted) & own or real._hidden.salt != cover.salt:
        raise InvalidInputError("The cover was not made in this vault. Nothing was changed.")
    header = real._hidden.copy()
    for position, sealed in cover.adopted.items():
        header.positions[position] = sealed
    real._commit(header, replace(real._payload, owned=own | {cover.position}))
    event_log.event("duress.kept")


def backup_header_keeping_cover(real: HiddenVault, backup_header: bytes) -> bytes | None:
    """A restore in place: the backup's header with this vault's cover slots carried over,
    the backup's slot for today's passphrase owning the cover's position again. None when
    there is no cover, or when that slot does not open with today's key (the passphrase was
    changed since the backup): the cover then goes with the restore, as the caller says."""
    real._require()
    position = real.duress_position
    if position is None or real.opened_as_cover:
        return None
    try:
        backup = headers.HiddenHeader.decode(backup_header)
    except ValueError:
        return None
    today = real._hidden
    opened = real._position
    payload = slots.try_open(real._attempt_key, backup.salt, opened, backup.positions[opened])
    if backup.salt != today.salt or payload is None or payload.vault_id != real.vault_id:
        return None
    for other in set(range(len(backup.positions))) - REAL_POSITIONS - payload.owned:
        backup.positions[other] = today.positions[other]  # the cover's, or noise either way
    own = replace(payload, owned=payload.owned | {position})
    backup.positions[opened] = slots.seal(real._attempt_key, backup.salt, opened, own)
    return backup.encode()


def backup_header_inside_cover(cover: HiddenVault, backup_header: bytes) -> bytes:
    """A restore in place inside a cover (it looks like any vault, so Backups offers it):
    only the cover's own slots come from its backup; every other position, the real
    vault's among them, stays as it is, as the real vault's files do."""
    cover._require()
    try:
        backup = headers.HiddenHeader.decode(backup_header)
    except ValueError:
        raise InvalidInputError("The backup's header is damaged. Nothing was changed.") from None
    today = cover._hidden.copy()
    if backup.salt != today.salt:
        raise InvalidInputError("This backup cannot be restored here. Nothing was changed.")
    opened = cover._position
    payload = slots.try_open(cover._attempt_key, backup.salt, opened, backup.positions[opened])
    taken = (payload.owned if payload is not None else frozenset()) | {opened}
    for position in taken - REAL_POSITIONS:
        today.positions[position] = backup.positions[position]
    return today.encode()
