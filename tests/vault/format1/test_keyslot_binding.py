"""A keyslot opens only for the vault, slot, kind and KDF settings it was sealed for.

The associated data of AES-GCM binds them; the header MAC would hide a slot that lost that
binding (the MAC is checked after the slot opens), so each is tested on open_slot directly.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from satchel.errors import TamperedError, VaultError
from satchel.vault.format1.keyslots import Keyslot, open_slot, seal_slot
from satchel.vault.keys.kdf import FLOOR, KdfParams

VAULT_ID = "4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"
SECRET = b"correct horse battery staple"


@pytest.fixture(scope="module")
def sealed() -> tuple[Keyslot, bytearray]:
    master = bytearray(os.urandom(32))
    slot = seal_slot(
        format_version=1,
        vault_id=VAULT_ID,
        slot_id=0,
        kind="passphrase",
        secret=SECRET,
        master_key=master,
        kdf=FLOOR,
    )
    return slot, master


def test_the_slot_opens_with_what_it_was_sealed_for(sealed: tuple[Keyslot, bytearray]) -> None:
    slot, master = sealed
    assert open_slot(slot, format_version=1, vault_id=VAULT_ID, secret=SECRET) == master


def test_another_vault_id_does_not_open_it(sealed: tuple[Keyslot, bytearray]) -> None:
    slot, _master = sealed
    with pytest.raises(TamperedError):
        open_slot(slot, format_version=1, vault_id=VAULT_ID[::-1], secret=SECRET)


def test_another_format_version_does_not_open_it(sealed: tuple[Keyslot, bytearray]) -> None:
    slot, _master = sealed
    with pytest.raises(TamperedError):
        open_slot(slot, format_version=2, vault_id=VAULT_ID, secret=SECRET)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"slot_id": 1}, id="another-slot-id"),
        pytest.param({"kind": "recovery"}, id="another-kind"),
    ],
)
def test_a_slot_moved_or_relabelled_does_not_open(
    sealed: tuple[Keyslot, bytearray], change: dict[str, object]
) -> None:
    slot, _master = sealed
    with pytest.raises(TamperedError):
        open_slot(replace(slot, **change), format_version=1, vault_id=VAULT_ID, secret=SECRET)  # type: ignore[arg-type]


def test_other_kdf_settings_do_not_open_it(sealed: tuple[Keyslot, bytearray]) -> None:
    slot, _master = sealed
    stronger = KdfParams(FLOOR.memory_kib, FLOOR.iterations + 1, FLOOR.lanes)
    with pytest.raises(VaultError):  # a different key: refused, whichever way it is told
        open_slot(replace(slot, kdf=stronger), format_version=1, vault_id=VAULT_ID, secret=SECRET)
