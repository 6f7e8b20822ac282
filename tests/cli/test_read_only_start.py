"""The commands scripts call most start without SQLAlchemy or Alembic, in a real child process:
Python's own import log (-X importtime) says which modules were loaded."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tests.cli.conftest import run_process
from tests.conftest import PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.services.notebook import cases, notes
from satchel.vault import FAST_TEST_KDF

pytestmark = pytest.mark.slow

HEAVY = ("sqlalchemy", "alembic")
IMPORT_LOG = (sys.executable, "-X", "importtime", "-m", "satchel")


@pytest.fixture
def format2_vault(tmp_path: Path) -> Path:
    """A vault as Satchel makes them today (format 2: no upgrade at unlock), with a note."""
    folder = tmp_path / "vault"
    vs, _phrase = vault_session.create(
        folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=2
    )
    with vs:
        case_id = cases.create_case(vs, title="Residence permit", tags=["docs"])
        notes.create_note(vs, title="Паспорт", body="Паспорта нет", case_id=case_id)
    return folder


def _imported(stderr: str) -> set[str]:
    return {
        line.rsplit("|", 1)[-1].strip()
        for line in stderr.splitlines()
        if line.startswith("import time:")
    }


@pytest.mark.parametrize(
    "command",
    [
        ("search", "{v}", "паспорт", "--json"),
        ("note", "list", "{v}", "--json"),
        ("note", "list", "{v}"),
        ("case", "list", "{v}", "--json"),
        ("person", "list", "{v}"),
    ],
)
def test_read_only_commands_import_no_sqlalchemy(
    format2_vault: Path, command: tuple[str, ...]
) -> None:
    args = [str(format2_vault) if arg == "{v}" else arg for arg in command]
    result = run_process(*args, command=IMPORT_LOG)
    assert result.code == 0, result.err
    imported = _imported(result.err)
    # the log is there (the command's own module, loaded by importlib, is not in it)
    assert "satchel.services.reading.reader" in imported
    assert sorted(name for name in imported if name.split(".")[0] in HEAVY) == []
    if command[0] == "search":
        found = json.loads(result.out)
        assert [(r["kind"], r["title"]) for r in found] == [("note", "[Паспорт]")]


def test_a_writing_command_still_works_after_a_read(format2_vault: Path) -> None:
    listed = run_process("case", "list", format2_vault, "--json")
    assert [case["title"] for case in json.loads(listed.out)] == ["Residence permit"]
    added = run_process("case", "add", format2_vault, "--title", "Second")
    assert added.code == 0, added.err
    listed = run_process("case", "list", format2_vault, "--json")
    assert [case["title"] for case in json.loads(listed.out)] == ["Second", "Residence permit"]
