"""A restore in place keeps the duress passphrase and its cover, where it can.

The backup holds only the real vault's slots; the cover's stay in the folder. Restoring
used to replace the header and fill the cover's files with noise, so the duress passphrase
a user relies on at a border silently opened nothing. Now it stays whenever the backup
opens with today's passphrase; otherwise the window says beforehand that it goes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from satchel.errors import WrongPassphraseError
from satchel.services import access
from satchel.services.backups.operations import back_up
from satchel.services.backups.restore import duress_kept_by_restore, restore_in_place
from satchel.services.coercion.duress import duress_state, set_duress
from satchel.services.core import session
from satchel.services.notebook.cases import create_case, list_cases
from satchel.vault import FAST_TEST_KDF

REAL = "real passphrase for the real vault"
DURESS = "cover passphrase for the guard"
NEWER = "a passphrase chosen after the backup"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("restore-duress") / "v"
    vs, _ = session.create(folder, REAL, kdf_for_tests=FAST_TEST_KDF, format_version=2)
    with vs:
        create_case(vs, title="Before the backup")
    return folder


@pytest.fixture
def vault(template: Path, tmp_path: Path) -> Path:
    shutil.copytree(template, tmp_path / "v")
    return tmp_path / "v"


def _titles(folder: Path, passphrase: str) -> list[str]:
    with session.unlock(folder, passphrase) as vs:
        return sorted(case.title for case in list_cases(vs))


def _backup_then_duress(vault: Path, tmp_path: Path, mode: str) -> Path:
    with session.unlock(vault, REAL) as vs:
        made = back_up(vs, tmp_path / "stick")
        set_duress(vs, DURESS, mode=mode)
        create_case(vs, title="After the backup")
    return made


@pytest.mark.parametrize("mode", ["hide", "erase"])
def test_the_duress_passphrase_stays(vault: Path, tmp_path: Path, mode: str) -> None:
    made = _backup_then_duress(vault, tmp_path, mode)
    vs = session.unlock(vault, REAL)
    assert duress_kept_by_restore(vs, made) is True
    restore_in_place(vs, made)
    assert _titles(vault, REAL) == ["Before the backup"]
    with session.unlock(vault, REAL) as again:
        assert duress_state(again).is_set
    assert "Food bank rota" in _titles(vault, DURESS)
    if mode == "erase":
        with pytest.raises(WrongPassphraseError):
            _titles(vault, REAL)
    else:
        assert _titles(vault, REAL) == ["Before the backup"]


def test_a_backup_from_before_a_passphrase_change_says_the_cover_goes(
    vault: Path, tmp_path: Path
) -> None:
    made = _backup_then_duress(vault, tmp_path, "hide")
    access.change_passphrase(vault, REAL, lambda: NEWER)
    vs = session.unlock(vault, NEWER)
    assert duress_kept_by_restore(vs, made) is False
    restore_in_place(vs, made)
    assert _titles(vault, REAL) == ["Before the backup"]  # the passphrase of that day
    with pytest.raises(WrongPassphraseError):
        _titles(vault, DURESS)
    with session.unlock(vault, REAL) as again:
        assert not duress_state(again).is_set


def test_without_a_duress_passphrase_there_is_nothing_to_say(vault: Path, tmp_path: Path) -> None:
    with session.unlock(vault, REAL) as vs:
        made = back_up(vs, tmp_path / "stick")
        assert duress_kept_by_restore(vs, made) is None


def test_a_restore_inside_the_cover_leaves_the_real_vault_alone(
    vault: Path, tmp_path: Path
) -> None:
    """The cover looks like any vault, so Backups offers Restore in place there too. It
    used to install the cover's backup header and fill the other files with noise: the
    real vault was gone. Only the cover's own slots and files change now."""
    with session.unlock(vault, REAL) as vs:
        set_duress(vs, DURESS, mode="hide")
    with session.unlock(vault, DURESS) as cover:
        made = back_up(cover, tmp_path / "stick")
        create_case(cover, title="Added to the cover later")
    cover = session.unlock(vault, DURESS)
    assert duress_kept_by_restore(cover, made) is None
    restore_in_place(cover, made)
    assert _titles(vault, REAL) == ["Before the backup"]
    assert "Added to the cover later" not in _titles(vault, DURESS)
    assert "Food bank rota" in _titles(vault, DURESS)
