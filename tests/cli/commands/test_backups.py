"""`satchel backup`, `satchel backups` and `satchel restore`, run in this process."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import PASSPHRASE_LINE, RunCli


def _backup(run_cli: RunCli, vault: Path, *extra: object) -> Path:
    result = run_cli("backup", vault, *extra)
    assert result.code == 0, result.err
    made = Path(result.out.strip())
    assert made.is_file()
    return made


def test_backup_then_restore_opens_with_the_same_passphrase(
    run_cli: RunCli, vault: Path, tmp_path: Path
) -> None:
    added = run_cli("case", "add", vault, "--title", "Before the backup")
    assert added.code == 0
    made = _backup(run_cli, vault)
    assert made.parent == vault / "7"  # format 2: the backups folder beside the vault

    restored = tmp_path / "restored"
    result = run_cli("restore", made, "--to", restored, stdin=b"")
    assert result.code == 0, result.err
    assert "Unlock it with the passphrase" in result.err
    listed = run_cli("case", "list", restored, "--json")
    assert listed.code == 0, listed.err
    assert [case["title"] for case in json.loads(listed.out)] == ["Before the backup"]


def test_backup_to_a_folder_and_list_it(run_cli: RunCli, vault: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    made = _backup(run_cli, vault, "--to", stick)
    assert made.parent == stick

    plain = run_cli("backups", vault, "--in", stick, stdin=b"")
    assert plain.code == 0, plain.err
    assert made.name in plain.out

    result = run_cli("backups", vault, "--in", stick, "--counts", "--json")
    assert result.code == 0, result.err
    listing = json.loads(result.out)
    [entry] = listing["backups"]
    assert entry["file"] == str(made)
    assert entry["same_vault"] is True
    assert entry["reason"] == "manual"
    assert entry["counts"] == {
        "cases": 0,
        "people": 0,
        "notes": 0,
        "checklists": 0,
        "attachments": 0,
        "demo": False,  # a backup of a demo vault says so, inside its sealed summary
    }


def test_backups_without_any(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("backups", vault, "--json", stdin=b"")
    assert result.code == 0
    assert json.loads(result.out)["backups"] == []


def test_a_damaged_backup_exits_3_naming_the_file(
    run_cli: RunCli, vault: Path, tmp_path: Path
) -> None:
    made = _backup(run_cli, vault)
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0xFF
    made.write_bytes(bytes(data))

    result = run_cli("restore", made, "--to", tmp_path / "restored", stdin=b"")
    assert result.code == 3
    assert f"The backup file {made.name} is damaged" in result.err
    assert not (tmp_path / "restored").exists()


def test_a_cut_short_backup_is_marked_in_the_list(run_cli: RunCli, vault: Path) -> None:
    made = _backup(run_cli, vault)
    with made.open("r+b") as handle:
        handle.truncate(made.stat().st_size // 2)
    listed = run_cli("backups", vault, stdin=b"")
    assert listed.code == 0
    assert f"The backup file {made.name} is damaged" in listed.out


def test_restore_refuses_a_folder_with_files(run_cli: RunCli, vault: Path) -> None:
    made = _backup(run_cli, vault)
    result = run_cli("restore", made, "--to", vault, stdin=b"")
    assert result.code == 1
    assert "already holds files" in result.err


def test_a_file_that_is_not_a_backup(run_cli: RunCli, tmp_path: Path) -> None:
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff not a backup")
    result = run_cli("restore", other, "--to", tmp_path / "new", stdin=b"")
    assert result.code == 1
    assert "not a Satchel backup file" in result.err


def test_backup_needs_the_right_passphrase(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("backup", vault, stdin=b"wrong words\n")
    assert result.code == 2
    assert not (vault / "7").exists() and not (vault / "backups").exists()
    assert run_cli("backup", vault, stdin=PASSPHRASE_LINE).code == 0
