"""identity, export and import on the command line: bundles between two vaults."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from tests.cli.conftest import PASSPHRASE_LINE, RunCli
from tests.conftest import PASSPHRASE
from tests.services.bundle_helpers import (
    SECRET_NAME,
    age_decrypt_with_identity,
    tar_members,
    write_identity,
)

from satchel.services.core import session as vault_session
from satchel.services.notebook import cases, people
from satchel.services.sharing.bundle_format import pack, unpack
from satchel.services.sharing.identity import decrypt_bundle, encrypt_to_recipients, vault_identity

BUNDLE_PASSPHRASE = b"wide amber pylon\n"


@pytest.fixture
def vault_b(vault: Path, tmp_path: Path) -> Path:
    """A second vault; it makes its own sharing key on first use."""
    folder = tmp_path / "vault-b"
    shutil.copytree(vault, folder)
    return folder


@pytest.fixture
def case_id(vault: Path) -> str:
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        case = cases.create_case(vs, title="Case Sparrow")
        people.create_person(
            vs, pseudonym="Sparrow", identity={"legal_name": SECRET_NAME}, case_id=case
        )
    return str(case)


def key_of(run_cli: RunCli, vault: Path) -> str:
    result = run_cli("identity", vault)
    assert result.code == 0, result.err
    return result.out.strip()


def test_identity_prints_a_stable_age_public_key(
    run_cli: RunCli, vault: Path, vault_b: Path
) -> None:
    first = key_of(run_cli, vault)
    assert first.startswith("age1") and len(first) == 62
    assert key_of(run_cli, vault) == first
    assert key_of(run_cli, vault_b) != first


def test_export_to_recipient_then_import_twice(
    run_cli: RunCli, vault: Path, vault_b: Path, case_id: str, tmp_path: Path
) -> None:
    bundle = tmp_path / "case.age"
    result = run_cli(
        "export", vault, "--case", case_id, "--to", bundle, "--recipient", key_of(run_cli, vault_b)
    )
    assert result.code == 0, result.err
    assert "pseudonyms only" in result.err and result.out == ""
    imported = run_cli("import", vault_b, bundle)
    assert imported.code == 0, imported.err
    assert imported.out.startswith("2 new, 0 updated")  # the case and its person
    shown = run_cli("case", "show", vault_b, case_id, "--json")
    assert json.loads(shown.out)["title"] == "Case Sparrow"
    again = run_cli("import", vault_b, bundle, "--json")
    report = json.loads(again.out)
    assert report["new"] == {} and report["conflicts"] == []
    assert report["unchanged"] == {"case": 1, "person": 1}


def test_export_holds_identities_only_with_the_flag(
    run_cli: RunCli, vault: Path, case_id: str, tmp_path: Path
) -> None:
    identity_file, public = write_identity(tmp_path)
    plain = tmp_path / "plain.age"
    assert run_cli("export", vault, "--to", plain, "--recipient", public).code == 0
    assert SECRET_NAME.encode() not in age_decrypt_with_identity(plain, identity_file)
    full = tmp_path / "full.age"
    result = run_cli("export", vault, "--to", full, "--recipient", public, "--with-identities")
    assert result.code == 0, result.err
    assert "Warning" in result.err and "legal name" in result.err
    members = tar_members(age_decrypt_with_identity(full, identity_file))
    assert json.loads(members["bundle.json"])["redacted"] is False
    assert SECRET_NAME.encode() in members["data.json"]


def test_passphrase_bundle_secret_is_the_next_stdin_line(
    run_cli: RunCli, vault: Path, vault_b: Path, case_id: str, tmp_path: Path
) -> None:
    bundle = tmp_path / "pass.age"
    stdin = PASSPHRASE_LINE + BUNDLE_PASSPHRASE
    result = run_cli(
        "export", vault, "--case", case_id[:8], "--to", bundle, "--passphrase", stdin=stdin
    )
    assert result.code == 0, result.err
    wrong = run_cli("import", vault_b, bundle, stdin=PASSPHRASE_LINE + b"narrow amber pylon\n")
    assert wrong.code == 2 and "Wrong bundle passphrase" in wrong.err
    missing = run_cli("import", vault_b, bundle)  # no second line
    assert missing.code == 1 and "bundle passphrase" in missing.err
    right = run_cli("import", vault_b, bundle, stdin=stdin)
    assert right.code == 0, right.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--recipient", "age1nope"), "not an age public key"),
        (("--recipient", "age1nope", "--passphrase"), "not allowed with argument"),
        ((), "one of the arguments --recipient --passphrase is required"),
    ],
)
def test_export_refusals_write_nothing(
    run_cli: RunCli, vault: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli("export", vault, "--to", out / "x.age", *args)
    assert result.code == 1 and message in result.err
    assert list(out.iterdir()) == []


def test_import_refusals_are_plain_and_typed(
    run_cli: RunCli, vault: Path, vault_b: Path, case_id: str, tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.age"
    garbage.write_bytes(b"not a bundle at all")
    result = run_cli("import", vault_b, garbage)
    assert result.code == 1 and "not an age-encrypted file" in result.err
    assert run_cli("import", vault_b, tmp_path / "missing.age").code == 1

    _file, stranger = write_identity(tmp_path)
    foreign = tmp_path / "foreign.age"
    assert run_cli("export", vault, "--to", foreign, "--recipient", stranger).code == 0
    result = run_cli("import", vault_b, foreign)
    assert result.code == 1 and "not encrypted to this vault's sharing key" in result.err

    good = tmp_path / "good.age"
    assert run_cli("export", vault, "--to", good, "--recipient", key_of(run_cli, vault_b)).code == 0
    cut = tmp_path / "cut.age"
    cut.write_bytes(good.read_bytes()[:-40])
    result = run_cli("import", vault_b, cut)
    assert result.code == 3 and "cut short" in result.err
    listed = run_cli("case", "list", vault_b, "--json")
    assert json.loads(listed.out) == []


@pytest.mark.timeout(60)
def test_import_refuses_a_fifo_or_device_without_reading_it(
    run_cli: RunCli, vault_b: Path, tmp_path: Path
) -> None:
    """A FIFO would block forever and /dev/zero would fill 2 GiB of memory with zeros."""
    fifo = tmp_path / "bundle.age"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        result = run_cli("import", vault_b, path)
        assert result.code == 1 and "is not a regular file" in result.err


def test_a_conflict_title_cannot_send_escape_sequences_to_the_terminal(
    run_cli: RunCli, vault: Path, vault_b: Path, case_id: str, tmp_path: Path
) -> None:
    first = tmp_path / "first.age"
    assert (
        run_cli("export", vault, "--to", first, "--recipient", key_of(run_cli, vault_b)).code == 0
    )
    assert run_cli("import", vault_b, first).code == 0
    crafted = tmp_path / "crafted.age"
    with vault_session.unlock(vault_b, PASSPHRASE) as vs:
        cases.update_case(vs, case_id, summary="changed here")
        raw = unpack(decrypt_bundle(vs, first.read_bytes()))
        raw.data["cases"][0].update(
            title="Evil \x1b]0;owned\x07\x1b[2J", updated_at="2099-01-01T00:00:00+00:00"
        )
        crafted.write_bytes(
            encrypt_to_recipients(
                pack(raw.manifest, raw.data, raw.blobs), [vault_identity(vs).to_public()]
            )
        )
    result = run_cli("import", vault_b, crafted)
    assert result.code == 0, result.err
    assert "1 conflicts" in result.out and "Evil ?]0;owned??[2J" in result.out
    assert "\x1b" not in result.out and "\x07" not in result.out
