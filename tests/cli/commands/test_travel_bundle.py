"""`satchel travel --for AGE_KEY` and `satchel import --save-travel-backup DIR`: there through
a colleague's vault and back, and each kind of bundle refused on the other's path."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import RunCli
from tests.conftest import PASSPHRASE
from tests.factories import make_vault

COVER = "the cover passphrase for travel"
COLLEAGUE = "the colleague's passphrase for their vault"


def _lines(*secrets: str) -> bytes:
    return "".join(f"{secret}\n" for secret in secrets).encode()


def _vaults(tmp_path: Path) -> tuple[Path, Path]:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    make_vault(mine, format_version=2)[0].close()
    make_vault(theirs, COLLEAGUE, format_version=2)[0].close()
    return mine, theirs


def _key(run_cli: RunCli, vault: Path) -> str:
    result = run_cli("identity", vault, stdin=_lines(COLLEAGUE))
    assert result.code == 0, result.err
    return result.out.strip()


def test_travel_to_a_colleague_and_back(tmp_path: Path, run_cli: RunCli) -> None:
    mine, theirs = _vaults(tmp_path)
    assert run_cli("case", "add", mine, "--title", "Real case").code == 0
    out = tmp_path / "for-colleague"
    result = run_cli(
        "travel",
        mine,
        "--to",
        out,
        "--for",
        _key(run_cli, theirs),
        stdin=_lines(PASSPHRASE, COVER, COVER),
    )
    assert result.code == 0, result.err
    bundle = Path(result.out.strip())
    assert bundle.parent == out and [p.name for p in out.iterdir()] == [bundle.name]
    assert "--save-travel-backup" in result.err
    assert run_cli("case", "list", mine).code == 2  # the real vault is gone from here

    plain = run_cli("import", theirs, bundle, stdin=_lines(COLLEAGUE))
    assert plain.code == 1
    assert "--save-travel-backup" in plain.err and plain.err.count("\n") == 1
    assert "Traceback" not in plain.err

    kept = tmp_path / "kept"
    saved = run_cli("import", theirs, bundle, "--save-travel-backup", kept, stdin=_lines(COLLEAGUE))
    assert saved.code == 0, saved.err
    backup = Path(saved.out.strip())
    assert backup.parent == kept and "cannot read it" in saved.err
    assert "Real case" not in run_cli("case", "list", theirs, stdin=_lines(COLLEAGUE)).out

    assert f"satchel return {mine} --from" in result.err
    returned = run_cli("return", mine, "--from", backup, stdin=_lines(COVER, PASSPHRASE))
    assert returned.code == 0, returned.err
    back = run_cli("case", "list", mine, "--json")
    assert back.code == 0 and "Real case" in back.out


def test_a_records_bundle_is_not_a_travel_backup(tmp_path: Path, run_cli: RunCli) -> None:
    mine, theirs = _vaults(tmp_path)
    records = tmp_path / "case.age"
    done = run_cli("export", mine, "--to", records, "--recipient", _key(run_cli, theirs))
    assert done.code == 0, done.err
    refused = run_cli(
        "import",
        theirs,
        records,
        "--save-travel-backup",
        tmp_path / "kept",
        stdin=_lines(COLLEAGUE),
    )
    assert refused.code == 1
    assert "without --save-travel-backup" in refused.err
    assert not (tmp_path / "kept").exists() or not any((tmp_path / "kept").iterdir())


def test_a_mistyped_key_is_named_before_anything(tmp_path: Path, run_cli: RunCli) -> None:
    mine, _theirs = _vaults(tmp_path)
    result = run_cli("travel", mine, "--to", tmp_path / "out", "--for", "age1notakey")
    assert result.code == 1
    assert "not an age public key" in result.err
    assert not (tmp_path / "out").exists()
    assert run_cli("case", "list", mine).code == 0  # the vault is as it was
