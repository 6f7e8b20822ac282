"""`satchel duress` and `satchel info` on a format-2 vault."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import RunCli
from tests.conftest import PASSPHRASE
from tests.factories import make_vault

DURESS = "a cover passphrase for the guard"


def _vault(tmp_path: Path) -> Path:
    folder = tmp_path / "v2"
    vs, _ = make_vault(folder, format_version=2)
    vs.close()
    return folder


def _lines(*secrets: str) -> bytes:
    return "".join(f"{secret}\n" for secret in secrets).encode()


def test_duress_then_any_command_opens_the_cover(tmp_path: Path, run_cli: RunCli) -> None:
    folder = _vault(tmp_path)
    result = run_cli("duress", folder, "--mode", "hide", stdin=_lines(PASSPHRASE, DURESS, DURESS))
    assert result.code == 0, result.err
    assert "Hide:" in result.err
    cover = run_cli("case", "list", folder, "--json", stdin=_lines(DURESS))
    assert cover.code == 0
    assert "Food bank rota" in cover.out
    real = run_cli("case", "list", folder, "--json")
    assert real.code == 0
    assert "Food bank rota" not in real.out


def test_erase_mode_makes_the_passphrase_wrong(tmp_path: Path, run_cli: RunCli) -> None:
    folder = _vault(tmp_path)
    assert run_cli("duress", folder, stdin=_lines(PASSPHRASE, DURESS, DURESS)).code == 0
    assert run_cli("case", "list", folder, stdin=_lines(DURESS)).code == 0
    assert run_cli("case", "list", folder).code == 2  # wrong passphrase, not "tampered"


def test_remove(tmp_path: Path, run_cli: RunCli) -> None:
    folder = _vault(tmp_path)
    assert run_cli("duress", folder, stdin=_lines(PASSPHRASE, DURESS, DURESS)).code == 0
    assert run_cli("duress", folder, "--remove").code == 0
    assert run_cli("case", "list", folder, stdin=_lines(DURESS)).code == 2


def test_info_shows_only_the_cost(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli("info", _vault(tmp_path), "--json", stdin=b"")
    assert result.code == 0
    assert '"format_version": 2' in result.out
    assert "vault_id" not in result.out and "slot" not in result.out


def test_travel_leaves_only_the_cover_and_a_backup_that_comes_back(
    tmp_path: Path, run_cli: RunCli
) -> None:
    folder = _vault(tmp_path)
    assert run_cli("case", "add", folder, "--title", "Real case").code == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    cover = "the cover passphrase for travel"
    result = run_cli("travel", folder, "--to", stick, stdin=_lines(PASSPHRASE, cover, cover))
    assert result.code == 0, result.err
    backup = Path(result.out.strip())
    assert backup.parent == stick
    assert run_cli("case", "list", folder).code == 2  # the real vault is gone from here
    assert run_cli("case", "list", folder, stdin=_lines(cover)).code == 0
    assert run_cli("wipe", folder, "--yes-destroy-everything", stdin=b"").code == 0
    assert run_cli("restore", backup, "--to", folder, stdin=b"").code == 0
    back = run_cli("case", "list", folder, "--json")
    assert back.code == 0
    assert "Real case" in back.out


def test_return_brings_the_vault_back_and_keeps_the_cover_as_duress(
    tmp_path: Path, run_cli: RunCli
) -> None:
    folder = _vault(tmp_path)
    assert run_cli("case", "add", folder, "--title", "Real case").code == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    made = run_cli("travel", folder, "--to", stick, stdin=_lines(PASSPHRASE, DURESS, DURESS))
    assert made.code == 0, made.err
    assert f"satchel return {folder} --from" in made.err
    backup = made.out.strip()

    wrong = run_cli("return", folder, "--from", backup, stdin=_lines(DURESS, "not it"))
    assert wrong.code != 0 and "Traceback" not in wrong.err
    assert run_cli("case", "list", folder).code == 2  # still only the cover here

    back = run_cli("return", folder, "--from", backup, stdin=_lines(DURESS, PASSPHRASE))
    assert back.code == 0, back.err
    assert "duress passphrase again" in back.err
    real = run_cli("case", "list", folder, "--json")
    assert "Real case" in real.out and "Food bank rota" not in real.out
    cover = run_cli("case", "list", folder, "--json", stdin=_lines(DURESS))
    assert cover.code == 0 and "Food bank rota" in cover.out
    # the real vault knows its duress passphrase again: it can remove it
    removed = run_cli("duress", folder, "--remove")
    assert "removed" in removed.err
    assert run_cli("case", "list", folder, stdin=_lines(DURESS)).code == 2


def test_return_refuses_to_erase_a_vault_that_is_no_cover(tmp_path: Path, run_cli: RunCli) -> None:
    folder = _vault(tmp_path)
    assert run_cli("case", "add", folder, "--title", "Kept case").code == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = run_cli("backup", folder, "--to", stick).out.strip()
    refused = run_cli("return", folder, "--from", backup, stdin=_lines(PASSPHRASE, PASSPHRASE))
    assert refused.code != 0
    assert "--drop-cover" in refused.err and "Nothing was changed" in refused.err
    assert "Kept case" in run_cli("case", "list", folder, "--json").out
