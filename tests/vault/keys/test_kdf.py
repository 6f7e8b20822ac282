"""Argon2id settings: what the header reports, the floor, and calibration at creation."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.vault.vault_disk import MadeVault

from satchel.vault import (
    FAST_TEST_KDF,
    FLOOR,
    DamagedError,
    KdfParams,
    WeakKdfError,
    create_vault,
    read_info,
    unlock_vault,
)
from satchel.vault.keys import kdf as kdf_module
from satchel.vault.keys.kdf import CEILING, calibrate, check_params, normalize_passphrase


@pytest.mark.parametrize("vault_format", [1])  # format 2 shows only the cost: format2/
def test_read_info_needs_no_secret_and_describes_both_slots(made_vault: MadeVault) -> None:
    before = made_vault.state()
    info = read_info(made_vault.folder)
    assert info.format_version == 1
    assert len(info.vault_id) == 32
    assert sorted(slot.kind for slot in info.slots) == ["passphrase", "recovery"]
    for slot in info.slots:
        assert slot.kdf == "argon2id"
        assert (slot.memory_kib, slot.iterations, slot.lanes) == (
            FAST_TEST_KDF.memory_kib,
            FAST_TEST_KDF.iterations,
            FAST_TEST_KDF.lanes,
        )
    assert made_vault.state() == before
    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        assert vault.vault_id == info.vault_id


def test_a_real_vault_is_calibrated_for_this_machine(tmp_path: Path) -> None:
    """The one calibrated vault in the suite: what every user gets (about 2 s of Argon2id)."""
    seen: list[float] = []
    vault, _ = create_vault(tmp_path / "vault", PASSPHRASE, progress=seen.append)
    vault.close()
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    large = kdf_module.machine_memory_bytes() >= 4 * 1024**3  # 24 GiB where this was written
    info = read_info(tmp_path / "vault")
    assert info.format_version == 2
    assert info.kdf is not None  # the one setting a locked format-2 vault tells
    assert info.kdf.iterations >= 3
    assert info.kdf.memory_kib == (262144 if large else 65536)
    assert info.kdf.lanes == 4


def test_calibration_never_goes_below_the_floor() -> None:
    params = calibrate(target_seconds=1e-9)  # "as fast as you like"
    assert params.iterations == FLOOR.iterations
    assert params.memory_kib >= FLOOR.memory_kib
    assert params.lanes >= FLOOR.lanes
    check_params(params)


def test_calibration_on_a_machine_of_unknown_memory_takes_the_floor_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kdf_module, "machine_memory_bytes", lambda: 0)
    params = calibrate(target_seconds=1e-9)
    assert params == FLOOR


def test_calibration_never_goes_above_the_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf_module, "machine_memory_bytes", lambda: 0)
    params = calibrate(target_seconds=1e9)  # "as slow as you like"
    assert params.iterations == CEILING.iterations
    check_params(params)


def test_the_test_kdf_is_exactly_the_floor() -> None:
    assert FAST_TEST_KDF == FLOOR
    check_params(FLOOR)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=FLOOR.memory_kib - 1, iterations=3, lanes=4),
        KdfParams(memory_kib=FLOOR.memory_kib, iterations=2, lanes=4),
        KdfParams(memory_kib=FLOOR.memory_kib, iterations=3, lanes=3),
        KdfParams(memory_kib=1, iterations=10**6, lanes=4),  # weak wins over absurd
    ],
)
def test_settings_below_the_floor_are_weak(params: KdfParams) -> None:
    with pytest.raises(WeakKdfError):
        check_params(params)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=CEILING.memory_kib + 1, iterations=3, lanes=4),
        KdfParams(memory_kib=FLOOR.memory_kib, iterations=CEILING.iterations + 1, lanes=4),
        KdfParams(memory_kib=FLOOR.memory_kib, iterations=3, lanes=CEILING.lanes + 1),
    ],
)
def test_settings_above_the_ceiling_are_damage(params: KdfParams) -> None:
    with pytest.raises(DamagedError):
        check_params(params)


def test_composed_and_decomposed_passphrases_derive_the_same_bytes() -> None:
    word = "Ñandú"
    nfc, nfd = unicodedata.normalize("NFC", word), unicodedata.normalize("NFD", word)
    assert nfc != nfd
    assert normalize_passphrase(nfc) == normalize_passphrase(nfd) == nfc.encode("utf-8")
