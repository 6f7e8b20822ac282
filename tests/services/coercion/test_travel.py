"""Travel in two parts (as the window runs it) and the way back over the cover."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from satchel.errors import CancelledError, WrongPassphraseError
from satchel.services.coercion.duress import duress_state, remove_duress, set_duress
from satchel.services.coercion.travel import (
    TravelCheckError,
    leave_only_cover,
    write_travel_backup,
)
from satchel.services.coercion.travel_return import cover_to_keep, finish_return, stage_return
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
    stick = tmp_path / "stick"
    with session.unlock(vault, REAL) as vs, pytest.raises(TravelCheckError) as raised:
        write_travel_backup(vs, "not the passphrase", stick)
    assert raised.value.params["problem"] == "wrong_passphrase"
    assert _titles(vault, REAL) == ["Real case of Andriy"]
    assert list(stick.iterdir()) == []  # neither the backup nor its check copy is left


def test_the_check_copy_is_made_beside_the_backup_and_erased(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restored copy that proves the backup opens also opens with the passphrase: it is
    made on the stick, never in the laptop's temporary folder, and erased after."""
    laptop_tmp = tmp_path / "laptop-tmp"
    laptop_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(laptop_tmp))
    stick = tmp_path / "stick"
    seen: list[list[str]] = []

    def look(_fraction: float) -> None:
        seen.append(sorted(p.name for p in stick.iterdir()))

    with session.unlock(vault, REAL) as vs:
        made = write_travel_backup(vs, REAL, stick, progress=look)
    assert list(laptop_tmp.iterdir()) == []
    assert any(len(names) == 2 for names in seen)  # the backup and the hidden check copy
    assert [p.name for p in stick.iterdir()] == [made.name]


def test_a_wrong_passphrase_on_return_leaves_the_cover(vault: Path, tmp_path: Path) -> None:
    with session.unlock(vault, REAL) as vs:
        made = write_travel_backup(vs, REAL, tmp_path / "stick")
        leave_only_cover(vs, COVER)
    with pytest.raises(WrongPassphraseError):
        stage_return(vault, made, "not the passphrase")
    assert "Food bank rota" in _titles(vault, COVER)
    assert sorted(p.name for p in vault.parent.iterdir()) == ["v"]


def _travel(vault: Path, stick: Path, cover: str | None = COVER) -> Path:
    with session.unlock(vault, REAL) as vs:
        made = write_travel_backup(vs, REAL, stick)
        leave_only_cover(vs, cover)
    return made


def _return(vault: Path, made: Path, *, keep: bool = True) -> bool:
    """As the window does it: the cover open while the backup is staged, then closed."""
    with session.unlock(vault, COVER) as cover:
        kept = cover_to_keep(cover) if keep else None
        staged = stage_return(vault, made, REAL, keep=kept)
    return finish_return(staged, vault, kept)


def test_the_cover_stays_as_the_duress_passphrase(vault: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in vault.iterdir())
    made = _travel(vault, tmp_path / "stick")
    assert _return(vault, made) is True
    assert _titles(vault, REAL) == ["Real case of Andriy"]
    assert "Food bank rota" in _titles(vault, COVER)  # hide mode: the real vault stays
    assert _titles(vault, REAL) == ["Real case of Andriy"]
    assert sorted(p.name for p in vault.iterdir()) == before  # same files, nothing added
    assert sorted(p.name for p in vault.parent.iterdir()) == ["v"]
    with session.unlock(vault, REAL) as vs:
        assert duress_state(vs).is_set  # the real vault knows it, and can take it away
        assert remove_duress(vs)
    with pytest.raises(WrongPassphraseError):
        _titles(vault, COVER)
    assert _titles(vault, REAL) == ["Real case of Andriy"]


def test_an_erase_mode_duress_passphrase_still_erases_after_the_trip(
    vault: Path, tmp_path: Path
) -> None:
    with session.unlock(vault, REAL) as vs:
        set_duress(vs, COVER, mode="erase")
    made = _travel(vault, tmp_path / "stick", cover=None)  # the duress cover is the trip's
    assert _return(vault, made) is True
    assert _titles(vault, REAL) == ["Real case of Andriy"]
    assert "Food bank rota" in _titles(vault, COVER)  # typed under duress: erases the real
    with pytest.raises(WrongPassphraseError):
        _titles(vault, REAL)


def test_a_second_trip_uses_the_kept_cover(vault: Path, tmp_path: Path) -> None:
    _return(vault, _travel(vault, tmp_path / "stick-1"))
    with session.unlock(vault, COVER) as cover:
        create_case(cover, title="Added to the cover on the first trip")
    second = _travel(vault, tmp_path / "stick-2", cover=None)  # no new cover passphrase asked
    assert "Added to the cover on the first trip" in _titles(vault, COVER)
    assert _return(vault, second) is True
    assert _titles(vault, REAL) == ["Real case of Andriy"]
    assert "Added to the cover on the first trip" in _titles(vault, COVER)


def test_without_keeping_the_cover_is_erased(vault: Path, tmp_path: Path) -> None:
    made = _travel(vault, tmp_path / "stick")
    assert _return(vault, made, keep=False) is False
    assert _titles(vault, REAL) == ["Real case of Andriy"]
    with pytest.raises(WrongPassphraseError):
        _titles(vault, COVER)
    with session.unlock(vault, REAL) as vs:
        assert not duress_state(vs).is_set


def test_an_erase_mode_cover_opened_on_the_trip_erases_again_after_it(
    vault: Path, tmp_path: Path
) -> None:
    """Opened on the trip, an erase-mode cover carried out its erase (nothing real was left)
    and became an ordinary vault; kept so, it would not know it is a cover. Return seals its
    slot in erase mode again: the duress passphrase erases the real vault as before."""
    with session.unlock(vault, REAL) as vs:
        set_duress(vs, COVER, mode="erase")
    made = _travel(vault, tmp_path / "stick", cover=None)
    assert "Food bank rota" in _titles(vault, COVER)  # at the border: the erase runs
    assert _return(vault, made) is True
    with session.unlock(vault, REAL) as vs:
        assert duress_state(vs).is_set
    assert "Food bank rota" in _titles(vault, COVER)
    with pytest.raises(WrongPassphraseError):
        _titles(vault, REAL)


def test_an_ordinary_vault_is_no_cover_to_keep(vault: Path) -> None:
    with session.unlock(vault, REAL) as vs:
        assert cover_to_keep(vs) is None


def test_a_cover_kept_after_its_erase_never_takes_the_real_vaults_files(
    vault: Path, tmp_path: Path
) -> None:
    """The rare chain: an erase-mode cover opened on the trip (its erase runs, its slot turns
    ordinary), a second passphrase set inside it, Return opened with that one. Its first
    slot stays ordinary beside the real vault; setting or removing a duress passphrase from
    it must touch only its own slots, never the other pair of files (the real vault)."""
    second = "a second passphrase set inside the cover"
    with session.unlock(vault, REAL) as vs:
        set_duress(vs, COVER, mode="erase")
    made = _travel(vault, tmp_path / "stick", cover=None)
    with session.unlock(vault, COVER) as cover:  # the erase runs: nothing real is left
        set_duress(cover, second, mode="hide")  # inside a cover: a second slot of its own
    with session.unlock(vault, second) as cover:
        kept = cover_to_keep(cover)
        staged = stage_return(vault, made, REAL, keep=kept)
    assert finish_return(staged, vault, kept) is True
    with session.unlock(vault, COVER) as ordinary:
        set_duress(ordinary, "yet another passphrase for this one", mode="hide")
        assert remove_duress(ordinary)
    assert _titles(vault, REAL) == ["Real case of Andriy"]
