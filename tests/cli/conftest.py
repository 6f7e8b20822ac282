"""Fixtures for the command-line tests: vaults with floor KDF settings and a CLI runner.

Most tests call `satchel.cli.main` in this process with standard input replaced by a pipe
(not a terminal, so its first line is the passphrase). A vault made once per session is
copied for each test, so a test pays only for its own unlocks (~0.1 s each at the floor).
"""

from __future__ import annotations

import io
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.cli.cli_helpers import (
    PASSPHRASE,
    PASSPHRASE_LINE,
    Result,
    RunCli,
    assert_no_traceback,
)

from satchel import cli
from satchel.services.core import session as vault_session
from satchel.vault import FAST_TEST_KDF


@dataclass(frozen=True)
class TemplateVault:
    folder: Path
    recovery_phrase: str


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> TemplateVault:
    folder = tmp_path_factory.mktemp("template") / "vault"
    session, phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    session.close()
    return TemplateVault(folder, phrase)


@pytest.fixture
def vault(template_vault: TemplateVault, tmp_path: Path) -> Path:
    """A closed, empty vault of this test's own (a copy of the session's template)."""
    folder = tmp_path / "vault"
    shutil.copytree(template_vault.folder, folder)
    return folder


@pytest.fixture
def recovery_phrase(template_vault: TemplateVault) -> str:
    return template_vault.recovery_phrase


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> RunCli:
    """`run_cli(*args, stdin=b"...")`: main() in this process; stdin is a pipe, not a tty.

    By default standard input holds just the passphrase line. No run may show a traceback.
    """

    def run(*args: object, stdin: bytes = PASSPHRASE_LINE) -> Result:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        try:
            code = cli.main([str(arg) for arg in args])
        except SystemExit as stop:  # argparse's --help and --version exit by themselves
            code = stop.code if isinstance(stop.code, int) else 1
        out, err = capsys.readouterr()
        assert_no_traceback(err)
        return Result(code, out, err)

    return run
