"""A full disk, a read-only folder: each said as such, with its own exit code, never as
tampering; nothing is lost, and once space is back everything works.

The disk is real: a 2 MiB tmpfs mounted in a private mount namespace (`unshare -rm`, no
root needed where user namespaces are on), filled with zeros, or remounted read-only.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.cli.conftest import RunCli
from tests.conftest import PASSPHRASE

from satchel.cli.exit_codes import EXIT_DISK

CHILD = Path(__file__).with_name("small_disk_child.py")
FULL = "The disk is full: nothing was changed. Free some space and try again."
READ_ONLY = "read-only"
NEVER = ("authenticity", "altered", "tamper", "unexpected problem", "Traceback", "damaged")

WRITES = [
    ["case", "add", "{vault}", "--title", "Visa appointment"],
    ["note", "add", "{vault}", "--case", "{case}", "--title", "Call", "--body-file", "-"],
    ["person", "add", "{vault}", "--pseudonym", "Falcon"],
    ["backup", "{vault}"],
    ["passwd", "{vault}"],
]
WIPE = ["wipe", "{vault}", "--yes-destroy-everything"]
READS = [
    ["case", "list", "{vault}"],
    ["check", "{vault}"],
    ["search", "{vault}", "visa"],
    ["info", "{vault}"],
]


def _on_small_disk(
    vault: Path, case: str, tmp_path: Path, *, free_kb: int = 0, read_only: bool = False
) -> dict[str, list[dict[str, object]]]:
    if shutil.which("unshare") is None:
        pytest.fail("these tests need util-linux's unshare (packaging/linux/system-deps.sh)")
    mount = tmp_path / "small-disk"
    mount.mkdir()
    config = {
        "passphrase": PASSPHRASE,
        "mount": str(mount),
        "vault": str(vault),
        "case": case,
        "free_kb": free_kb,
        "read_only": read_only,
        "commands": [*WRITES, *READS, *([WIPE] if read_only else [])],
    }
    done = subprocess.run(
        ["unshare", "-rm", sys.executable, str(CHILD), json.dumps(config)],
        capture_output=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    result: dict[str, list[dict[str, object]]] = json.loads(done.stdout)
    return result


def _with_case(vault: Path, run_cli: RunCli) -> str:
    made = run_cli("case", "add", vault, "--title", "Kept through it all")
    assert made.code == 0
    return made.out.strip()


def _assert_told_plainly(results: list[dict[str, object]], sentence: str) -> None:
    failed = 0
    for result in results:
        err = str(result["err"])
        for word in NEVER:
            assert word not in err, (result["args"], err)
        if result["code"] != 0:
            failed += 1
            assert result["code"] == EXIT_DISK, result
            assert sentence in err, result
    assert failed, "the disk let every command through; the test proves nothing"


def _assert_nothing_lost(after: list[dict[str, object]]) -> None:
    check, listing = after
    assert check["code"] == 0, check
    assert listing["code"] == 0, listing


@pytest.mark.parametrize("free_kb", [0, 16, 64])
def test_a_full_disk_is_told_as_a_full_disk(
    vault: Path, run_cli: RunCli, tmp_path: Path, free_kb: int
) -> None:
    case = _with_case(vault, run_cli)
    outcome = _on_small_disk(vault, case, tmp_path, free_kb=free_kb)
    _assert_told_plainly(outcome["results"], FULL)
    _assert_nothing_lost(outcome["after"])


def test_a_read_only_folder_is_told_as_read_only_for_every_command(
    vault: Path, run_cli: RunCli, tmp_path: Path
) -> None:
    case = _with_case(vault, run_cli)
    outcome = _on_small_disk(vault, case, tmp_path, read_only=True)
    results = outcome["results"]
    _assert_told_plainly(results, READ_ONLY)
    writes = [r for r in results if r["args"][0] in {"case", "note", "person", "passwd", "wipe"}]
    assert all(r["code"] == EXIT_DISK for r in writes if r["args"][:2] != ["case", "list"])
    _assert_nothing_lost(outcome["after"])
