"""Every command, against inputs the system refuses: each answer names the problem.

A 5,000-character path, a path through a file, a file where a vault folder should be, a
read-only folder is in test_disk_failures.py, and text that is not UTF-8. `run_cli` fails
any run that prints a traceback or "unexpected problem".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.conftest import PASSPHRASE_LINE, RunCli

from satchel.cli.exit_codes import EXIT_OK

ID = "0a1b2c3d"
RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
COMMANDS: list[list[str]] = [
    ["init", "{v}"],
    ["info", "{v}"],
    ["check", "{v}"],
    ["passwd", "{v}"],
    ["recover", "{v}"],
    ["wipe", "{v}", "--yes-destroy-everything"],
    ["case", "add", "{v}", "--title", "T"],
    ["case", "list", "{v}"],
    ["case", "show", "{v}", ID],
    ["person", "add", "{v}", "--pseudonym", "P"],
    ["person", "list", "{v}"],
    ["person", "reveal", "{v}", ID],
    ["note", "add", "{v}", "--case", ID, "--title", "T", "--body-file", "-"],
    ["note", "list", "{v}"],
    ["note", "delete", "{v}", ID],
    ["search", "{v}", "word"],
    ["checklist", "add", "{v}", "--case", ID, "--template", "travel-document"],
    ["checklist", "show", "{v}", ID],
    ["checklist", "set", "{v}", ID, "--state", "done"],
    ["identity", "{v}"],
    ["export", "{v}", "--to", "{v}.age", "--recipient", RECIPIENT],
    ["import", "{v}", "{v}.age"],
    ["backup", "{v}"],
    ["backups", "{v}"],
    ["restore", "{v}.satchel-backup", "--to", "{v}"],
    ["report", "{v}", "--case", ID, "--to", "{v}.pdf"],
]
STDIN = PASSPHRASE_LINE * 3 + b"body\n"


def _named(path: str) -> list[list[str]]:
    return [[part.replace("{v}", path) for part in command] for command in COMMANDS]


def _bad_paths(tmp_path: Path) -> dict[str, str]:
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("the user's own file")
    return {
        "a 5,000-character path": str(tmp_path / ("x" * 5000)),
        "a path through a file": str(a_file / "vault"),
        "a file where the vault folder should be": str(a_file),
    }


@pytest.mark.parametrize("kind", ["5,000", "through a file", "a file where"])
def test_every_command_names_what_is_wrong_with_the_path(
    run_cli: RunCli, tmp_path: Path, kind: str
) -> None:
    paths = _bad_paths(tmp_path)
    path = next(value for name, value in paths.items() if kind in name)
    for argv in _named(path):
        result = run_cli(*argv, stdin=STDIN)
        assert result.code != EXIT_OK, argv
        assert result.err.startswith("satchel: "), (argv, result.err)
        assert result.err.count("\n") == 1, (argv, result.err)  # one sentence, not a dump
    assert (tmp_path / "a-file.txt").read_text() == "the user's own file"


def test_init_on_an_existing_file_says_so(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    result = run_cli("init", target, stdin=PASSPHRASE_LINE * 2)
    assert result.code != EXIT_OK
    assert "notes.txt" in result.err
    assert target.read_text() == "mine"


def test_a_path_too_long_is_called_too_long(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", tmp_path / ("x" * 5000), stdin=PASSPHRASE_LINE * 2)
    assert "too long" in result.err


NOT_UTF8 = "Falcon \udcff\udcfe"  # what Python makes of Latin-1 bytes in a UTF-8 locale


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["case", "add", "{v}", "--title", NOT_UTF8], "--title"),
        (["person", "add", "{v}", "--pseudonym", "P", "--legal-name", NOT_UTF8], "--legal-name"),
        (["person", "add", "{v}", "--pseudonym", NOT_UTF8], "--pseudonym"),
        (["case", "add", "{v}", "--title", "T", "--tag", NOT_UTF8], "--tag"),
        (["search", "{v}", NOT_UTF8], "search words"),
        (["note", "add", "{v}", "--case", ID, "--title", NOT_UTF8, "--body-file", "-"], "--title"),
    ],
)
def test_text_that_is_not_utf8_is_named(
    run_cli: RunCli, vault: Path, argv: list[str], option: str
) -> None:
    result = run_cli(*[part.replace("{v}", str(vault)) for part in argv], stdin=STDIN)
    assert result.code != EXIT_OK
    assert option in result.err
    assert "UTF-8" in result.err
    assert run_cli("case", "list", vault).out.count("\n") <= 1  # nothing was added
