"""The real program in a child process: the entry point, piped stdin, exit codes as seen by a shell.

`init` here is the one place the suite pays for a calibrated vault (~1 s per derivation).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.cli.conftest import PASSPHRASE_LINE, run_process, satchel_script
from tests.conftest import PASSPHRASE

from satchel import __version__
from satchel.services.core import session as vault_session
from satchel.services.notebook import cases
from satchel.vault import unlock_with_recovery
from satchel.vault.keys.kdf import (
    LARGE_MACHINE_BYTES,
    LARGE_MEMORY_KIB,
    SMALL_MEMORY_KIB,
    machine_memory_bytes,
)
from satchel.vault.keys.recovery import WORD_COUNT, normalize_phrase, phrase_to_secret

pytestmark = pytest.mark.slow


def test_init_prints_the_recovery_phrase_once_and_info_shows_calibrated_slots(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    script = (str(satchel_script()),)
    created = run_process("init", folder, command=script)
    assert created.code == 0, created.err

    # stdout: the 24 words on one line, and nothing else; guidance on stderr.
    assert created.out.count("\n") == 1
    phrase = created.out.strip()
    assert len(phrase.split()) == WORD_COUNT
    assert normalize_phrase(phrase) == phrase.split()
    phrase_to_secret(phrase)  # the checksum word fits
    assert "recovery phrase" in created.err
    assert phrase not in created.err
    assert PASSPHRASE not in created.out + created.err

    described = run_process("info", folder, "--json", stdin=None, command=script)
    assert described.code == 0, described.err
    info = json.loads(described.out)
    # Format 2, as every new vault: the key-derivation cost is all a locked vault shows.
    memory = LARGE_MEMORY_KIB if machine_memory_bytes() >= LARGE_MACHINE_BYTES else SMALL_MEMORY_KIB
    assert info == {
        "format_version": 2,
        "kdf": "argon2id",
        "memory_kib": memory,
        "iterations": info["iterations"],
        "lanes": 4,
    }
    assert info["iterations"] >= 3

    # The printed phrase opens this vault (one calibrated derivation, in this process).
    unlock_with_recovery(folder, phrase).close()


def test_a_wrong_passphrase_exits_2(vault: Path) -> None:
    result = run_process("case", "list", vault, stdin=b"wrong passphrase\n")
    assert result.code == 2
    assert result.out == ""
    assert "Wrong passphrase" in result.err


def test_the_passphrase_then_a_command_succeeds(vault: Path) -> None:
    result = run_process("case", "add", vault, "--title", "Piped in", stdin=PASSPHRASE_LINE)
    assert result.code == 0, result.err
    assert len(result.out.strip()) == 36


def test_a_vault_held_open_by_another_process_exits_4(vault: Path) -> None:
    with vault_session.unlock(vault, PASSPHRASE):
        result = run_process("case", "list", vault)
    assert result.code == 4
    assert result.out == ""
    assert "open elsewhere" in result.err


def test_python_m_satchel_version() -> None:
    result = run_process("--version", stdin=None)
    assert (result.code, result.out.strip()) == (0, f"satchel {__version__}")


def test_no_stdin_at_all_exits_1_with_a_clear_message(vault: Path) -> None:
    result = run_process("case", "list", vault, stdin=None)
    assert result.code == 1
    assert result.out == ""
    assert result.err.strip() == (
        "satchel: Expected the passphrase on the next line of standard input."
    )


def test_a_usage_error_from_the_entry_point_exits_1_not_2() -> None:
    result = run_process("case", "add", stdin=None, command=(str(satchel_script()),))
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("satchel: the following arguments are required: VAULT, --title")


def test_a_reader_that_stops_early_gets_no_complaint(vault: Path) -> None:
    """`satchel case list VAULT | head -1`: the output outgrows the pipe, then the pipe closes."""
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        tags = [f"tag-{n:04}-" + "t" * 30 for n in range(2000)]  # ~90 KB on one line
        cases.create_case(vs, title="Many tags", tags=tags)
    child = subprocess.Popen(
        [sys.executable, "-m", "satchel", "case", "list", str(vault)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdin.write(PASSPHRASE_LINE)
    child.stdin.close()
    assert child.stdout.read(2) == b"ID"
    child.stdout.close()
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=60) == 0
    assert err == ""
