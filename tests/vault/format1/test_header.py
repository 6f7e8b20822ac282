"""The header on disk: tampering is refused, damage to one copy is repaired, junk never crashes.

Tampering here means an edit that keeps each copy's sha256 checksum valid (the checksum only
catches accidents); the keyslot's associated data and the header MAC must catch it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from tests.conftest import PASSPHRASE
from tests.vault.vault_disk import (
    HEADER_1,
    HEADER_2,
    HEADERS,
    MadeVault,
    document_bytes,
    edit_headers,
    header_copies,
    read_body,
    slot_of_kind,
)

from satchel.cli.exit_codes import exit_code_for
from satchel.vault import (
    FAST_TEST_KDF,
    FLOOR,
    DamagedError,
    NotAVaultError,
    TamperedError,
    UnsupportedVersionError,
    VaultError,
    WeakKdfError,
    WrongPassphraseError,
    create_vault,
    read_info,
    unlock_vault,
    unlock_with_recovery,
)
from satchel.vault.format1 import header as header_file
from satchel.vault.keys.kdf import CEILING

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def vault_format() -> int:
    """Format 1's own header (JSON, checksum, MAC, sequence): vaults not yet
    upgraded. Format 2's header has its own tests in tests/vault/format2."""
    return 1


def flip_first_byte(slot: dict[str, Any], field: str) -> None:
    raw = bytearray(base64.b64decode(slot[field]))
    raw[0] ^= 0x01
    slot[field] = base64.b64encode(bytes(raw)).decode("ascii")


def set_vault_id(body: dict[str, Any]) -> None:
    body["vault_id"] = uuid.uuid4().hex


def set_passphrase_slot_id(body: dict[str, Any]) -> None:
    slot_of_kind(body, "passphrase")["id"] = 7


def recovery_slot_claims_passphrase(body: dict[str, Any]) -> None:
    slot_of_kind(body, "recovery")["kind"] = "passphrase"


def flip_wrapped_key(body: dict[str, Any]) -> None:
    flip_first_byte(slot_of_kind(body, "passphrase"), "wrapped")


def flip_nonce(body: dict[str, Any]) -> None:
    flip_first_byte(slot_of_kind(body, "passphrase"), "nonce")


def bump_sequence(body: dict[str, Any]) -> None:
    body["sequence"] += 1


def flip_mac(body: dict[str, Any]) -> None:
    flip_first_byte(body, "mac")


def exchange_slot_ids(body: dict[str, Any]) -> None:
    first, second = body["slots"]
    first["id"], second["id"] = second["id"], first["id"]


def assert_refused_unchanged(made: MadeVault, error: type[VaultError], *, recovery: bool) -> None:
    before = made.state()
    with pytest.raises(error) as caught:
        if recovery:
            unlock_with_recovery(made.folder, made.phrase)
        else:
            unlock_vault(made.folder, made.passphrase)
    assert type(caught.value) is error
    assert made.state() == before


def set_passphrase_kdf(folder: Path, kdf: dict[str, int]) -> None:
    edit_headers(folder, lambda body: slot_of_kind(body, "passphrase")["kdf"].update(kdf))


TAMPERING = [
    pytest.param(set_vault_id, id="vault-id"),
    pytest.param(set_passphrase_slot_id, id="slot-id"),
    pytest.param(recovery_slot_claims_passphrase, id="slot-kind"),
    pytest.param(flip_wrapped_key, id="wrapped-key"),
    pytest.param(flip_nonce, id="nonce"),
    pytest.param(bump_sequence, id="sequence"),
    pytest.param(flip_mac, id="mac"),
    pytest.param(exchange_slot_ids, id="slots-swapped"),
]


@pytest.mark.parametrize("edit", TAMPERING)
def test_an_edited_header_refuses_the_right_passphrase(made_vault: MadeVault, edit: Edit) -> None:
    edit_headers(made_vault.folder, edit)
    before = made_vault.state()
    with pytest.raises(TamperedError) as caught:
        unlock_vault(made_vault.folder, PASSPHRASE)
    assert exit_code_for(caught.value) == 3
    assert "authenticity check" in str(caught.value)
    assert made_vault.state() == before


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(set_vault_id, id="vault-id"),
        pytest.param(lambda body: slot_of_kind(body, "recovery").update(id=9), id="slot-id"),
        pytest.param(
            lambda body: slot_of_kind(body, "passphrase").update(kind="recovery"), id="slot-kind"
        ),
        pytest.param(
            lambda body: flip_first_byte(slot_of_kind(body, "recovery"), "wrapped"),
            id="wrapped-key",
        ),
        pytest.param(exchange_slot_ids, id="slots-swapped"),
    ],
)
def test_an_edited_header_refuses_the_right_recovery_phrase(
    made_vault: MadeVault, edit: Edit
) -> None:
    edit_headers(made_vault.folder, edit)
    assert_refused_unchanged(made_vault, TamperedError, recovery=True)


def test_a_slot_moved_from_another_vault_with_the_same_passphrase_is_refused(
    made_vault: MadeVault, tmp_path: Path
) -> None:
    other, _ = create_vault(
        tmp_path / "other", PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=1
    )
    other.close()
    foreign = slot_of_kind(read_body(tmp_path / "other"), "passphrase")
    unlock_vault(tmp_path / "other", PASSPHRASE).close()  # that slot opens in its own vault

    def transplant(body: dict[str, Any]) -> None:
        body["slots"] = [foreign if s["kind"] == "passphrase" else s for s in body["slots"]]

    edit_headers(made_vault.folder, transplant)
    assert_refused_unchanged(made_vault, TamperedError, recovery=False)


@pytest.mark.parametrize(
    "kdf",
    [
        pytest.param({"memory_kib": 1024}, id="memory-1MiB"),
        pytest.param({"iterations": 1}, id="one-pass"),
        pytest.param({"lanes": 1}, id="one-lane"),
        # Argon2id itself rejects 1 KiB with 4 lanes (ValueError): getting WeakKdfError
        # instead shows the settings are refused before any derivation is attempted.
        pytest.param({"memory_kib": 1}, id="memory-1KiB"),
    ],
)
def test_kdf_settings_below_the_floor_are_refused_before_deriving(
    made_vault: MadeVault, kdf: dict[str, int]
) -> None:
    set_passphrase_kdf(made_vault.folder, kdf)
    before = made_vault.state()
    with pytest.raises(WeakKdfError, match="below Satchel's minimum") as caught:
        unlock_vault(made_vault.folder, PASSPHRASE)
    assert isinstance(caught.value, TamperedError)
    assert exit_code_for(caught.value) == 3
    assert made_vault.state() == before


@pytest.mark.parametrize(
    "kdf",
    [
        pytest.param({"iterations": 10**6}, id="a-million-passes"),
        pytest.param({"memory_kib": CEILING.memory_kib * 2}, id="8GiB"),
        pytest.param({"lanes": 2**20}, id="a-million-lanes"),
    ],
)
@pytest.mark.timeout(30)  # if the check broke, the KDF would run for hours: fail, not hang
def test_absurd_kdf_settings_are_damage_and_are_not_run(
    made_vault: MadeVault, kdf: dict[str, int]
) -> None:
    set_passphrase_kdf(made_vault.folder, kdf)
    assert_refused_unchanged(made_vault, DamagedError, recovery=False)


def test_kdf_floor_is_rfc_9106_second_recommendation() -> None:
    assert (FLOOR.memory_kib, FLOOR.iterations, FLOOR.lanes) == (64 * 1024, 3, 4)


def zeroed(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))


def truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def deleted(path: Path) -> None:
    path.unlink()


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(700))


def emptied(path: Path) -> None:
    path.write_bytes(b"")


def short_nonce(path: Path) -> None:
    """Valid checksum, but a nonce AES-GCM cannot use: damage, not a crash."""
    body = json.loads(path.read_bytes())["body"]
    slot_of_kind(body, "passphrase")["nonce"] = base64.b64encode(b"\x00").decode()
    path.write_bytes(document_bytes(body))


def short_salt(path: Path) -> None:
    body = json.loads(path.read_bytes())["body"]
    slot_of_kind(body, "passphrase")["kdf"]["salt"] = ""
    path.write_bytes(document_bytes(body))


DAMAGE = [zeroed, truncated, deleted, garbage, emptied, short_nonce, short_salt]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
@pytest.mark.parametrize("name", HEADERS)
def test_one_damaged_copy_opens_and_is_repaired(
    made_vault: MadeVault, damage: Callable[[Path], None], name: str
) -> None:
    intact = (made_vault.folder / (HEADER_2 if name == HEADER_1 else HEADER_1)).read_bytes()
    damage(made_vault.folder / name)
    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        assert vault.header_repaired
    assert header_copies(made_vault.folder) == (intact, intact)
    with unlock_vault(made_vault.folder, PASSPHRASE) as vault:
        assert not vault.header_repaired  # nothing left to repair


def test_a_wrong_passphrase_does_not_repair_a_damaged_copy(made_vault: MadeVault) -> None:
    zeroed(made_vault.folder / HEADER_1)
    before = made_vault.state()
    with pytest.raises(WrongPassphraseError):
        unlock_vault(made_vault.folder, "not it")
    assert made_vault.state() == before


@pytest.mark.parametrize(
    ("damage_1", "damage_2"),
    [(zeroed, truncated), (garbage, deleted), (short_nonce, short_salt), (emptied, emptied)],
    ids=lambda f: f.__name__,
)
def test_both_copies_damaged_is_reported_as_damage(
    made_vault: MadeVault, damage_1: Callable[[Path], None], damage_2: Callable[[Path], None]
) -> None:
    damage_1(made_vault.folder / HEADER_1)
    damage_2(made_vault.folder / HEADER_2)
    before = made_vault.state()
    with pytest.raises(DamagedError, match="both header copies") as caught:
        unlock_vault(made_vault.folder, PASSPHRASE)
    assert exit_code_for(caught.value) == 3
    with pytest.raises(DamagedError, match="both header copies"):
        read_info(made_vault.folder)
    assert made_vault.state() == before


def test_a_folder_without_a_header_is_not_a_vault(tmp_path: Path) -> None:
    (tmp_path / "vault.db").write_bytes(b"some database")
    with pytest.raises(NotAVaultError, match="not a Satchel vault"):
        unlock_vault(tmp_path, PASSPHRASE)
    with pytest.raises(NotAVaultError):
        read_info(tmp_path)
    with pytest.raises(NotAVaultError):
        unlock_vault(tmp_path / "missing", PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.db"]


def test_a_newer_format_version_asks_for_a_newer_satchel(made_vault: MadeVault) -> None:
    edit_headers(made_vault.folder, lambda body: body.update(version=99))
    before = made_vault.state()
    with pytest.raises(UnsupportedVersionError, match="version 99"):
        unlock_vault(made_vault.folder, PASSPHRASE)
    with pytest.raises(UnsupportedVersionError):
        read_info(made_vault.folder)
    assert made_vault.state() == before


# --- hypothesis: junk never escapes as anything but a typed error ---------------------------


@pytest.fixture(scope="module")
def valid_header(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("valid") / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=1)
    vault.close()
    return (folder / HEADER_1).read_bytes()


def decode_or_typed_error(raw: bytes) -> None:
    """Decoding may succeed (a harmless change) or fail with the two documented errors."""
    with contextlib.suppress(ValueError, UnsupportedVersionError):
        header_file.decode(raw)


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=2048))
def test_decode_of_random_bytes_raises_only_value_error(raw: bytes) -> None:
    with pytest.raises((ValueError, UnsupportedVersionError)):
        header_file.decode(raw)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_decode_of_a_truncated_header_raises_only_value_error(
    valid_header: bytes, data: st.DataObject
) -> None:
    cut = data.draw(st.integers(0, len(valid_header)))
    decode_or_typed_error(valid_header[:cut])  # only the final newline can go unnoticed


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_decode_of_a_header_with_one_byte_changed_raises_only_value_error(
    valid_header: bytes, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(valid_header) - 1))
    value = data.draw(st.integers(0, 255).filter(lambda b: b != valid_header[position]))
    changed = bytearray(valid_header)
    changed[position] = value
    decode_or_typed_error(bytes(changed))  # whitespace changes may still decode


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"[" * 50_000, id="deeply-nested"),
        pytest.param(b'{"body": ' * 20_000, id="deeply-nested-objects"),
        pytest.param(b"1" * 5000, id="huge-integer"),
        pytest.param(b"x" * (header_file.MAX_HEADER_BYTES + 1), id="oversized"),
        pytest.param(b"\xff\xfe\x00", id="not-utf8"),
        pytest.param(b"null", id="null"),
        pytest.param(b'"body"', id="string"),
        pytest.param(b'{"body": [], "sha256": 0}', id="wrong-types"),
    ],
)
def test_decode_of_hostile_documents_raises_only_value_error(raw: bytes) -> None:
    with pytest.raises(ValueError):
        header_file.decode(raw)


@settings(max_examples=100, deadline=None)
@given(
    copy_1=st.none() | st.binary(max_size=512),
    copy_2=st.none() | st.binary(max_size=512),
)
def test_a_folder_of_junk_headers_raises_only_vault_errors(
    tmp_path_factory: pytest.TempPathFactory, copy_1: bytes | None, copy_2: bytes | None
) -> None:
    folder = tmp_path_factory.mktemp("junk")
    for name, raw in ((HEADER_1, copy_1), (HEADER_2, copy_2)):
        if raw is not None:
            (folder / name).write_bytes(raw)
    with pytest.raises(VaultError):
        header_file.read_copies(folder)
    with pytest.raises(VaultError):
        unlock_vault(folder, PASSPHRASE)
    with pytest.raises(VaultError):
        read_info(folder)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.binary(max_size=40).map(lambda b: base64.b64encode(b).decode()),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
KDF_COST_KEYS = ("memory_kib", "iterations", "lanes")
# Below the floor, above the ceiling or ill-typed: cheap to refuse. Values between the floor
# and the ceiling are real work (up to 4 GiB, 64 passes), so the floor stands in for them.
KDF_COST_VALUES = st.sampled_from([-1, 0, 1, 3, 4, 1024, 65536, 10**6, 2**40]) | JSON_VALUES


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths_in(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += paths_in(inner, (*prefix, index))
    return found


def is_costly(path: tuple[Any, ...], value: Any) -> bool:
    if not path or path[-1] not in KDF_COST_KEYS or isinstance(value, bool):
        return False
    floor = getattr(FLOOR, path[-1])
    return isinstance(value, int) and floor < value <= getattr(CEILING, path[-1])


@st.composite
def mutated_copy(draw: st.DrawFn, valid: bytes) -> bytes | None:
    """A header copy: intact, missing, raw junk, or a field replaced or removed."""
    how = draw(st.sampled_from(["intact", "missing", "junk", "replace", "remove"]))
    if how == "intact":
        return valid
    if how == "missing":
        return None
    if how == "junk":
        return draw(st.binary(max_size=300))
    body = json.loads(valid)["body"]
    path = draw(st.sampled_from(paths_in(body)))
    parent = body
    for key in path[:-1]:
        parent = parent[key]
    if how == "remove":
        del parent[path[-1]]
    else:
        values = KDF_COST_VALUES if path[-1] in KDF_COST_KEYS else JSON_VALUES
        value = draw(values)
        assume(not is_costly(path, value))
        parent[path[-1]] = value
    return document_bytes(body)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_folder_of_edited_headers_raises_only_vault_errors(
    template_vault: MadeVault, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    valid = (template_vault.folder / HEADER_1).read_bytes()
    folder = tmp_path_factory.mktemp("edited")
    shutil.copy(template_vault.folder / "vault.lock", folder / "vault.lock")
    for name in HEADERS:
        raw = data.draw(mutated_copy(valid), label=name)
        if raw is not None:
            (folder / name).write_bytes(raw)
    try:
        vault = unlock_vault(folder, PASSPHRASE)
    except VaultError:
        return
    vault.close()  # an edit that changes nothing the vault relies on may open; that is fine
