"""Failures: wrong passphrase (2), damaged or tampered (3), busy (4), unusable stdin or stdout."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

import pytest
from tests.cli.conftest import Result, RunCli
from tests.conftest import PASSPHRASE
from tests.factories import folder_state

from satchel import cli
from satchel.cli.output import terminal_safe
from satchel.services.core import session as vault_session
from satchel.services.notebook import cases
from satchel.vault import FAST_TEST_KDF, unlock_vault

PAGE = 4096
HEADERS = ("0", "1")  # format 2's header copies; format 1's are tested with their own vault
V1_HEADERS = ("header-1.json", "header-2.json")


def database_of(folder: Path) -> Path:
    """The vault's database (format 2: "2" or "3", the side the passphrase opens)."""
    with unlock_vault(folder, PASSPHRASE) as vault:
        return vault.database_path


RECORD_COMMANDS = [
    ("case", "add", "--title", "New"),
    ("person", "list"),
    ("search", "anything"),
    ("check",),
]


def command(args: tuple[str, ...], vault: Path) -> list[object]:
    """The argument list with the vault put after the command (and action, if any)."""
    split = 2 if args[0] in {"case", "person", "note"} else 1
    return [*args[:split], vault, *args[split:]]


def assert_damaged(result: Result, *words: str) -> None:
    assert result.code == 3, result
    assert result.err.startswith("satchel: ")
    for word in words:
        assert word in result.err, result.err


@pytest.fixture
def filled_vault(vault: Path) -> Path:
    """A vault whose database spans many pages: 40 cases with long summaries, closed."""
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        for n in range(40):
            cases.create_case(vs, title=f"Case {n}", summary=f"summary {n} " + "x" * 3000)
    assert database_of(vault).stat().st_size > 40 * PAGE
    return vault


def overwrite_middle(database: Path, pages: int = 3) -> None:
    """Overwrite a run of whole pages in the middle of the file, as a bad sector would."""
    data = bytearray(database.read_bytes())
    start = (len(data) // PAGE // 2) * PAGE
    data[start : start + pages * PAGE] = b"\xa5" * (pages * PAGE)
    database.write_bytes(bytes(data))


# 2: wrong passphrase


@pytest.mark.parametrize("args", RECORD_COMMANDS, ids=" ".join)
def test_a_wrong_passphrase_exits_2_and_changes_nothing(
    run_cli: RunCli, vault: Path, args: tuple[str, ...]
) -> None:
    before = folder_state(vault)
    result = run_cli(*command(args, vault), stdin=b"sturdy lantern orbit meadows\n")
    assert result.code == 2
    assert result.out == ""
    assert result.err == "satchel: Wrong passphrase. Nothing was changed; check it and try again.\n"
    assert folder_state(vault) == before


def test_a_passphrase_is_not_trimmed_of_spaces(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("case", "list", vault, stdin=f" {PASSPHRASE}\n".encode())
    assert result.code == 2


def test_a_passphrase_line_may_end_in_crlf(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("case", "list", vault, stdin=f"{PASSPHRASE}\r\n".encode())
    assert result.code == 0, result.err


def test_no_passphrase_on_stdin_exits_1(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("case", "list", vault, stdin=b"")
    assert result.code == 1
    assert "Expected the passphrase on the next line of standard input" in result.err


def test_with_stdin_closed_info_works_and_a_passphrase_is_asked_for_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    """Started with standard input closed (`satchel ... <&-`), Python sets sys.stdin to None."""
    monkeypatch.setattr(sys, "stdin", None)
    assert cli.main(["info", str(vault)]) == 0
    assert "format version" in capsys.readouterr().out
    assert cli.main(["case", "list", str(vault)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "satchel: Expected the passphrase on standard input, but it is closed.\n"
    )


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_output_pipe_ends_the_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert cli.main(["info", str(vault)]) == 0
    assert capsys.readouterr().err == ""


def test_a_passphrase_that_is_not_utf8_exits_1(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("case", "list", vault, stdin=b"\xff\xfe\n")
    assert result.code == 1
    assert "The passphrase is not valid UTF-8 text" in result.err


# 4: busy


@pytest.mark.parametrize(
    "args",
    [*RECORD_COMMANDS, ("passwd",), ("wipe", "--yes-destroy-everything")],
    ids=" ".join,
)
def test_a_vault_open_elsewhere_exits_4_and_is_left_alone(
    run_cli: RunCli, vault: Path, args: tuple[str, ...]
) -> None:
    with vault_session.unlock(vault, PASSPHRASE) as held:
        before = folder_state(vault)
        result = run_cli(*command(args, vault), stdin=f"{PASSPHRASE}\nnew passphrase\n".encode())
        assert result.code == 4
        assert result.out == ""
        assert "open elsewhere" in result.err
        assert folder_state(vault) == before
        assert held.is_open


# 3: damaged or tampered


def test_both_header_copies_zeroed_exits_3_damaged(run_cli: RunCli, vault: Path) -> None:
    for name in HEADERS:
        path = vault / name
        path.write_bytes(bytes(path.stat().st_size))
    assert_damaged(run_cli("info", vault, stdin=b""), "damaged", "header")
    assert_damaged(run_cli("case", "list", vault), "damaged", "header")
    assert_damaged(run_cli("check", vault), "damaged")


def test_one_damaged_header_copy_is_repaired_from_the_other(run_cli: RunCli, vault: Path) -> None:
    good = (vault / HEADERS[0]).read_bytes()
    (vault / HEADERS[1]).write_bytes(b"\0" * 100)
    result = run_cli("case", "list", vault)
    assert result.code == 0, result.err
    assert (vault / HEADERS[1]).read_bytes() == good


def test_a_format1_keyslot_edited_in_both_copies_exits_3(run_cli: RunCli, tmp_path: Path) -> None:
    """Format 1 (a vault not yet upgraded): a checksum-valid header whose wrapped key was
    altered fails its authenticity check."""
    vault = tmp_path / "v1"
    made, _ = vault_session.create(vault, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=1)
    made.close()
    for name in V1_HEADERS:
        body = json.loads((vault / name).read_bytes())["body"]
        wrapped = bytearray(body["slots"][0]["wrapped"].encode())
        wrapped[4] = ord("A") if wrapped[4] != ord("A") else ord("B")
        body["slots"][0]["wrapped"] = wrapped.decode()
        checksum = hashlib.sha256(
            json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        ).hexdigest()
        document = {"body": body, "sha256": checksum}
        (vault / name).write_bytes(json.dumps(document, indent=1, sort_keys=True).encode())
    assert_damaged(run_cli("case", "list", vault), "altered")


def test_a_keyslot_edited_in_both_copies_exits_2_as_documented(
    run_cli: RunCli, vault: Path
) -> None:
    """Format 2: nothing in a slot can be checked without its key, so the same slot altered
    in both copies reads as a wrong passphrase (docs/COERCION.md says so); nothing changes."""
    for name in HEADERS:
        raw = bytearray((vault / name).read_bytes())
        for position in range(8):
            raw[16 + position * 112 + 40] ^= 0x01
        (vault / name).write_bytes(bytes(raw))
    before = folder_state(vault)
    result = run_cli("case", "list", vault)
    assert result.code == 2, result
    assert "Wrong passphrase" in result.err
    assert folder_state(vault) == before


@pytest.mark.parametrize("args", [("case", "list"), ("check",)], ids=" ".join)
def test_pages_overwritten_in_the_middle_of_the_database_exit_3(
    run_cli: RunCli, filled_vault: Path, args: tuple[str, ...]
) -> None:
    """Damage is found when a damaged page is read: the cases' pages here, every page in check.

    (A command that reads no damaged page, such as `person list` here, still succeeds.)
    """
    overwrite_middle(database_of(filled_vault))
    assert_damaged(run_cli(*command(args, filled_vault)), "damaged")


def test_a_page_altered_after_a_clean_close_fails_check_with_3(
    run_cli: RunCli, filled_vault: Path
) -> None:
    database = database_of(filled_vault)
    data = bytearray(database.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE + 1000
    data[middle] ^= 0x01  # one bit in one page
    database.write_bytes(bytes(data))
    result = run_cli("check", filled_vault)
    assert result.code == 3, result
    assert "damaged" in result.err
    assert "Restore it from a backup" in result.err


def test_the_first_page_altered_exits_3(run_cli: RunCli, filled_vault: Path) -> None:
    database = database_of(filled_vault)
    data = bytearray(database.read_bytes())
    data[200] ^= 0xFF
    database.write_bytes(bytes(data))
    before = folder_state(filled_vault)
    assert_damaged(run_cli("case", "list", filled_vault), "database", "altered")
    assert folder_state(filled_vault) == before


@pytest.mark.parametrize("damage", ["missing", "empty", "truncated"])
def test_a_missing_or_cut_database_exits_3(run_cli: RunCli, vault: Path, damage: str) -> None:
    database = database_of(vault)
    if damage == "missing":
        database.unlink()
    else:
        database.write_bytes(b"" if damage == "empty" else database.read_bytes()[:1000])
    assert_damaged(run_cli("case", "list", vault), "damaged", "database")


def test_stored_text_cannot_send_escape_sequences_to_the_terminal() -> None:
    """Titles may come from a colleague's bundle: listings print them inert."""
    hostile = "Case \x1b]0;owned\x07 \u202egnp.exe\nsecond line\twith tab\u00a0nbsp"
    assert terminal_safe(hostile) == "Case ?]0;owned? ?gnp.exe\nsecond line\twith tab\u00a0nbsp"
