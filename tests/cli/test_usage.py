"""Bad usage exits 1 (not argparse's 2) with one plain sentence on stderr, and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.conftest import Result, RunCli

from satchel import __version__
from satchel.cli.parser import build_parser


def assert_usage_error(result: Result, *words: str) -> None:
    assert result.code == 1, result
    assert result.out == ""
    assert result.err.startswith("satchel: "), result.err
    assert "satchel: satchel" not in result.err  # the program's name is said once
    assert "--help" in result.err
    for word in words:
        assert word in result.err, result.err


def test_help_lists_the_commands_and_the_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without a command `satchel` opens the window; `--help` describes the contract."""
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert "usage: satchel" in out
    assert "Exit codes" in out
    for command in (
        "init",
        "info",
        "check",
        "passwd",
        "recover",
        "case",
        "person",
        "note",
        "search",
        "wipe",
        "--demo",
        "--screenshot",
    ):
        assert command in out


def test_a_bad_screenshot_view_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli("--demo", "--screenshot", "x.png", "--view", "bogus")
    assert_usage_error(result, "invalid choice", "'bogus'")


def test_an_unknown_command_exits_1_and_names_the_choices(run_cli: RunCli) -> None:
    result = run_cli("frobnicate")
    assert_usage_error(result, "invalid choice", "'frobnicate'", "init", "search")
    assert "Try 'satchel --help'" in result.err


@pytest.mark.parametrize("group", ["case", "person", "note"])
def test_a_group_without_an_action_exits_1(run_cli: RunCli, group: str) -> None:
    result = run_cli(group)
    assert_usage_error(result, "required", f"Try 'satchel {group} --help'")


@pytest.mark.parametrize(
    ("args", "missing"),
    [
        (("case", "add", "VAULT"), "--title"),
        (("person", "add", "VAULT"), "--pseudonym"),
        (("note", "add", "VAULT", "--case", "abcdef", "--title", "T"), "--body-file"),
        (("case", "show", "VAULT"), "ID"),
        (("search", "VAULT"), "QUERY"),
        (("info",), "VAULT"),
    ],
)
def test_a_missing_argument_exits_1_and_is_named(
    run_cli: RunCli, vault: Path, args: tuple[str, ...], missing: str
) -> None:
    result = run_cli(*(str(vault) if arg == "VAULT" else arg for arg in args))
    assert_usage_error(result, "required", missing)


def test_an_unrecognised_option_exits_1(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("info", vault, "--frobnicate")
    assert_usage_error(result, "unrecognized arguments", "--frobnicate")


def test_a_bad_option_value_exits_1(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("search", vault, "anything", "--limit", "many")
    assert_usage_error(result, "--limit", "'many'")


def test_wipe_without_its_confirmation_flag_exits_1_and_destroys_nothing(
    run_cli: RunCli, vault: Path
) -> None:
    before = sorted(p.name for p in vault.iterdir())
    result = run_cli("wipe", vault, stdin=b"")
    assert_usage_error(result, "--yes-destroy-everything")
    assert sorted(p.name for p in vault.iterdir()) == before


def test_help_goes_to_stdout_and_exits_0(run_cli: RunCli) -> None:
    result = run_cli("--help")
    assert result.code == 0
    assert "usage: satchel" in result.out
    assert "0 done, 1 bad usage or input, 2 wrong passphrase" in result.out


def test_version_exits_0(run_cli: RunCli) -> None:
    result = run_cli("--version")
    assert (result.code, result.out.strip()) == (0, f"satchel {__version__}")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("case", "add", "VAULT", "--title", "T", "--status", "pending"), ["status", "open"]),
        (("case", "add", "VAULT", "--title", "T", "--due", "soon"), ["due date", "2026"]),
        (("case", "add", "VAULT", "--title", "   "), ["title", "empty"]),
        (("person", "add", "VAULT", "--pseudonym", "Kite", "--role", "spy"), ["role"]),
        (("search", "VAULT", "anything", "--limit", "0"), ["--limit"]),
    ],
)
def test_a_bad_field_value_exits_1_with_a_plain_message(
    run_cli: RunCli, vault: Path, args: tuple[str, ...], words: list[str]
) -> None:
    result = run_cli(*(str(vault) if arg == "VAULT" else arg for arg in args))
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("satchel: ")
    for word in words:
        assert word in result.err, result.err
