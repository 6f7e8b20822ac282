"""Travel in two parts (as the window runs it) and the way back over the cover."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from satchel.errors import CancelledError, WrongPassphraseError
from satchel.services.coercion.travel import (
    TravelCheckError,
    leave_only_cover,
    write_travel_backup,
)
from satchel.services.coercion.travel_return import finish_return, stage_return
from satchel.services.core import session
from satchel.services.notebook.cases import create_case, list_cases
from satchel.vault import FAST_TEST_KDF
from satchel.work import CancelToken

REAL = "real passphrase for the real vault"
COVER = "cover passphrase for the guard"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("travel") / "v"
    vs, _ = session.create(folder, REAL, kdf_for_tests=FAST_TEST_KDF, format_version=2)
    with vs:
        create_case(vs, title="Real case of Andriy")
    return folder


@pytest.fixture
def vault(template: Path, tmp_path: Path) -> Path:
    shutil.copytree(template, tmp_path / "laptop" / "v")
    return tmp_path / "laptop" / "v"


def _titles(folder: Path, passphrase: str) -> list[str]:
    with session.unlock(folder, passphrase) as vs:
        return sorted(case.title for case in list_cases(vs))


def test_there_and_back(vault: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    with session.unlock(vault, REAL) as vs:
        made = write_travel_backup(vs, REAL, stick)
        leave_only_cover(vs, COVER)
    assert [p.name for p in stick.iterdir()] == [made.name]
    with pytest.raises(WrongPassphraseError):
        _titles(vault, REAL)
    assert "Food bank rota" in _titles(vault, COVER)

    staged = stage_return(vault, made, REAL)
    assert "Food bank rota" in _titles(vault, COVER)  # nothing changed before the finish
    finish_return(staged, vault)
    assert _titles(vault, REAL) == ["Real case of Andriy"]
    with pytest.raises(WrongPassphraseError):
        _titles(vault, COVER)
    assert sorted(p.name for p in vault.parent.iterdir()) == ["v"]  # no staging left


def test_a_cancelled_backup_leaves_no_file_and_the_vault_whole(vault: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    token = CancelToken()

    def cancel_during_the_check(fraction: float) -> None:
        if fraction > 0.6:  # the backup is written; its check is running
            token.cancel()

    with session.unlock(vault, REAL) as vs, pytest.raises(CancelledError):
        write_travel_backup(vs, REAL, stick, progress=cancel_during_the_check, cancel=token)
    assert not list(stick.iterdir())
    assert _titles(vault, REAL) == ["Real case of Andriy"]


def test_a_backup_that_does_not_open_stops_before_the_erase(vault: Path, tmp_path: Path) -> None:
    with session.unlock(vault, REAL) as vs, pytest.raises(TravelCheckError) as raised:
        write_travel_backup(vs, "not the passphrase", tmp_path / "stick")
    assert raised.value.params["problem"] == "wrong_passphrase"
    assert _titles(vault, REAL) == ["Real case of Andriy"]


def test_a_wrong_passphrase_on_return_leaves_the_cover(vault: Path, tmp_path: Path) -> None:
    with session.unlock(vault, REAL) as vs:
        made = write_travel_backup(vs, REAL, tmp_path / "stick")
        leave_only_cover(vs, COVER)
    with pytest.raises(WrongPassphraseError):
        stage_return(vault, made, "not the passphrase")
    assert "Food bank rota" in _titles(vault, COVER)
    assert sorted(p.name for p in vault.parent.iterdir()) == ["v"]
