"""Format 2: one derivation per attempt, typed errors, two copies, repairs that are said."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from satchel.errors import DamagedError, WrongPassphraseError
from satchel.vault import (
    FAST_TEST_KDF,
    create_vault,
    read_info,
    unlock_vault,
    unlock_with_recovery,
    wipe_vault,
)
from satchel.vault.format2 import header as headers
from satchel.vault.format2.layout import HEADER_BYTES, POSITION_BYTES, SALT_BYTES, pairs

PASSPHRASE = "orchard lantern quiet ferry"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("f2") / "v"
    vault, phrase = create_vault(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=2)
    vault.close()
    return folder, phrase


@pytest.fixture
def vault(template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    target = tmp_path / "v"
    shutil.copytree(template[0], target)
    return target, template[1]


def _position(index: int) -> slice:
    start = SALT_BYTES + index * POSITION_BYTES
    return slice(start, start + POSITION_BYTES)


def test_passphrase_and_recovery_phrase_open_the_same_vault(vault: tuple[Path, str]) -> None:
    folder, phrase = vault
    with unlock_vault(folder, PASSPHRASE) as by_passphrase:
        vault_id = by_passphrase.vault_id
    with unlock_with_recovery(folder, phrase) as by_phrase:
        assert by_phrase.vault_id == vault_id


def test_a_wrong_passphrase_is_told_as_wrong_and_writes_nothing(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(WrongPassphraseError):
        unlock_vault(folder, "not it")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_one_key_derivation_per_attempt(
    vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every position of both copies is tried with one Argon2id result: equal timing."""
    folder, _ = vault
    calls: list[int] = []
    real = headers.derive_key  # type: ignore[attr-defined]

    def counting(secret: bytes, salt: bytes, params: object) -> bytearray:
        calls.append(1)
        return real(secret, salt, params)  # type: ignore[arg-type]

    monkeypatch.setattr(headers, "derive_key", counting)
    with pytest.raises(WrongPassphraseError):
        unlock_vault(folder, "not it")
    assert len(calls) == 1
    unlock_vault(folder, PASSPHRASE).close()
    assert len(calls) == 2


def test_a_few_damaged_bytes_in_copy_0_are_repaired_and_said(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    raw = bytearray((folder / "0").read_bytes())
    for offset in (5, 40, 90):  # inside the passphrase slot, position 0
        raw[_position(0).start + offset] ^= 0x40
    (folder / "0").write_bytes(bytes(raw))
    with unlock_vault(folder, PASSPHRASE) as opened:
        assert opened.header_repaired
    assert (folder / "0").read_bytes() == (folder / "1").read_bytes()


def test_a_missing_copy_is_written_again(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    (folder / "0").unlink()
    with unlock_vault(folder, PASSPHRASE) as opened:
        assert opened.header_repaired
    assert (folder / "0").read_bytes() == (folder / "1").read_bytes()


def test_both_copies_cut_short_is_damage(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    for name in ("0", "1"):
        (folder / name).write_bytes((folder / name).read_bytes()[:100])
    with pytest.raises(DamagedError):
        unlock_vault(folder, PASSPHRASE)


def test_a_slot_rewritten_in_copy_0_wins(vault: tuple[Path, str]) -> None:
    """A passphrase change killed between the copies: the copy written first decides."""
    folder, _ = vault
    old_spare = (folder / "1").read_bytes()
    with unlock_vault(folder, PASSPHRASE) as opened:
        opened.change_passphrase("a new passphrase here")
    (folder / "1").write_bytes(old_spare)  # as if killed before the spare was written
    with pytest.raises(WrongPassphraseError):
        unlock_vault(folder, PASSPHRASE)
    assert (folder / "1").read_bytes() == (folder / "0").read_bytes()  # no old slot left
    unlock_vault(folder, "a new passphrase here").close()


def test_records_that_no_key_opens_are_damage(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    for pair in pairs(folder):
        pair.record.write_bytes(os.urandom(88))
    with pytest.raises(DamagedError):
        unlock_vault(folder, PASSPHRASE)


def test_info_tells_only_the_key_derivation_cost(vault: tuple[Path, str]) -> None:
    info = read_info(vault[0])
    assert info.format_version == 2
    assert info.vault_id == ""
    assert info.slots == ()
    assert info.kdf == FAST_TEST_KDF


def test_the_header_has_a_fixed_size(vault: tuple[Path, str]) -> None:
    assert (vault[0] / "0").stat().st_size == HEADER_BYTES == 912


def test_wipe_overwrites_the_keys_before_it_deletes(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    held: dict[str, tuple[int, bytes]] = {}
    for name in ("0", "1", "4", "5"):
        # an open descriptor keeps the bytes reachable after the unlink (a hard link would
        # make the file one Satchel must not write through)
        held[name] = (os.open(folder / name, os.O_RDONLY), (folder / name).read_bytes())
    try:
        wipe_vault(folder)
        assert not folder.exists()
        for fd, old in held.values():
            now = os.pread(fd, len(old) + 1, 0)
            assert len(now) == len(old)
            assert now != old
    finally:
        for fd, _old in held.values():
            os.close(fd)


@pytest.mark.parametrize("copy", ["0", "1"])
def test_damage_to_the_recovery_slot_is_never_copied_over_its_intact_twin(
    vault: tuple[Path, str], copy: str
) -> None:
    """The passphrase cannot check the recovery slot: an unlock with it must not bring the
    other copy "in line" with a damaged recovery slot, or the recovery phrase dies with it."""
    folder, phrase = vault
    raw = bytearray((folder / copy).read_bytes())
    raw[_position(1).start + 30] ^= 0x01
    (folder / copy).write_bytes(bytes(raw))
    with unlock_vault(folder, PASSPHRASE) as opened:
        assert not opened.header_repaired  # nothing it can judge was wrong
    with unlock_with_recovery(folder, phrase) as recovered:
        if copy == "0":  # opened from the spare: copy "0" is repaired, and that is said
            assert recovered.header_repaired
    assert (folder / "0").read_bytes() == (folder / "1").read_bytes()


def test_a_spare_left_behind_by_a_passphrase_change_is_said_and_brought_up_to_date(
    vault: tuple[Path, str],
) -> None:
    folder, _ = vault
    spare = (folder / "1").read_bytes()
    with unlock_vault(folder, PASSPHRASE) as opened:
        opened.change_passphrase("a new and longer passphrase")
    (folder / "1").write_bytes(spare)  # the second write never happened
    with unlock_vault(folder, "a new and longer passphrase") as opened:
        assert [n.kind for n in opened.notices] == ["header_copy_stale"]
    assert (folder / "0").read_bytes() == (folder / "1").read_bytes()
