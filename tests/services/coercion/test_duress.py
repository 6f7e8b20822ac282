"""The duress passphrase: the cover opens like any vault; erase and hide do what they say."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from tests.factories import make_vault

from satchel.errors import InvalidInputError, WrongPassphraseError
from satchel.services.access import (
    change_open_passphrase,
    propose_recovery_phrase,
    set_recovery_phrase,
)
from satchel.services.backups.copying import connect
from satchel.services.backups.operations import back_up
from satchel.services.backups.restore import restore_as_new_vault
from satchel.services.coercion.cover_content import COVERS, cover_language
from satchel.services.coercion.duress import duress_state, remove_duress, set_duress
from satchel.services.core import session
from satchel.services.core.demo_mark import is_demo_vault
from satchel.services.notebook.cases import create_case, list_cases
from satchel.vault.format2.record import SealedCommitRecord
from satchel.vault.keys.key_material import PURPOSE_COMMIT_RECORD, PURPOSE_DATABASE, derive_subkey

REAL = "real passphrase for the real vault"
DURESS = "cover passphrase for the guard"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("duress") / "v"
    vs, phrase = make_vault(folder, REAL, format_version=2)
    with vs:
        create_case(vs, title="Real case of Andriy")
    return folder, phrase


@pytest.fixture
def vault(template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    shutil.copytree(template[0], tmp_path / "v")
    return tmp_path / "v", template[1]


def _titles(folder: Path, passphrase: str) -> list[str]:
    with session.unlock(folder, passphrase) as vs:
        return sorted(case.title for case in list_cases(vs))


def _set(folder: Path, mode: str, *, sample: bool = True) -> None:
    with session.unlock(folder, REAL) as vs:
        set_duress(vs, DURESS, mode=mode, sample_content=sample)
        assert duress_state(vs).is_set


def test_the_cover_opens_with_offered_content_and_nothing_real(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    _set(folder, "hide")
    cover = _titles(folder, DURESS)
    assert "Food bank rota" in cover
    assert not any("Andriy" in title for title in cover)
    with session.unlock(folder, DURESS) as vs:
        assert not duress_state(vs).is_set  # the cover knows of no duress passphrase
        create_case(vs, title="Shopping list")  # and is an ordinary, writable vault
    assert "Shopping list" in _titles(folder, DURESS)


def test_hide_mode_keeps_the_real_vault(vault: tuple[Path, str]) -> None:
    folder, phrase = vault
    _set(folder, "hide")
    _titles(folder, DURESS)
    assert _titles(folder, REAL) == ["Real case of Andriy"]
    with session.unlock_recovery(folder, phrase) as vs:
        assert [c.title for c in list_cases(vs)] == ["Real case of Andriy"]


def test_erase_mode_destroys_the_real_vault_at_the_duress_unlock(vault: tuple[Path, str]) -> None:
    folder, phrase = vault
    with session.unlock(folder, REAL) as vs:
        real_key = vs.vault.master_key_copy()
        vault_id = vs.vault.vault_id
        real_pair = vs.vault.pair  # type: ignore[attr-defined]
    _set(folder, "erase")
    assert _titles(folder, REAL) == ["Real case of Andriy"]  # nothing happens before
    _titles(folder, DURESS)
    with pytest.raises(WrongPassphraseError):
        session.unlock(folder, REAL)
    with pytest.raises(WrongPassphraseError):
        session.unlock_recovery(folder, phrase)
    # the old master key decrypts nothing left on disk: not the database, not the record
    database_key = derive_subkey(real_key, PURPOSE_DATABASE)
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.stat().st_size)
    assert len(files) == 6  # two header copies, two databases, two records (and the lock)
    for path in files:
        copy = folder.parent / "probe"
        shutil.copyfile(path, copy)
        connection = connect(copy, database_key)
        with pytest.raises(sqlcipher.DatabaseError):
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.close()
        copy.unlink()
    record = SealedCommitRecord(
        real_pair.record, vault_id, derive_subkey(real_key, PURPOSE_COMMIT_RECORD)
    )
    assert not record.opens()
    # and the cover goes on as an ordinary vault, opened again without erasing anything more
    assert "Food bank rota" in _titles(folder, DURESS)


def test_the_duress_passphrase_must_differ_from_the_passphrase(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    with session.unlock(folder, REAL) as vs, pytest.raises(InvalidInputError):
        set_duress(vs, REAL, mode="hide")


def test_removing_it_leaves_the_same_files_and_the_duress_passphrase_fails(
    vault: tuple[Path, str],
) -> None:
    folder, _ = vault
    names = sorted(p.name for p in folder.iterdir())
    _set(folder, "hide")
    with session.unlock(folder, REAL) as vs:
        assert remove_duress(vs)
    with pytest.raises(WrongPassphraseError):
        session.unlock(folder, DURESS)
    assert sorted(p.name for p in folder.iterdir()) == names
    assert _titles(folder, REAL) == ["Real case of Andriy"]


def test_an_empty_cover_is_possible(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    _set(folder, "hide", sample=False)
    assert _titles(folder, DURESS) == []


SECOND = "another cover passphrase the guard asks for"


@pytest.mark.parametrize("mode", ["hide", "erase"])
def test_the_cover_accepts_a_duress_passphrase_as_any_vault_would(
    vault: tuple[Path, str], mode: str
) -> None:
    """A refusal there would tell the cover apart. Accepted, it opens the same cover, and
    the real vault stays as it is: never shown, never erased."""
    folder, phrase = vault
    _set(folder, "hide")
    cover_titles = _titles(folder, DURESS)
    with session.unlock(folder, DURESS) as vs:
        set_duress(vs, SECOND, mode=mode)
        assert duress_state(vs).is_set  # Settings shows it set, as in any vault
    assert _titles(folder, SECOND) == cover_titles
    assert _titles(folder, DURESS) == cover_titles
    assert _titles(folder, REAL) == ["Real case of Andriy"]
    with session.unlock(folder, SECOND) as vs:  # opened by it: the same ordinary cover
        assert duress_state(vs).is_set
    with session.unlock(folder, DURESS) as vs:
        assert remove_duress(vs)
        assert not duress_state(vs).is_set
    with pytest.raises(WrongPassphraseError):
        session.unlock(folder, SECOND)
    assert _titles(folder, DURESS) == cover_titles
    assert _titles(folder, REAL) == ["Real case of Andriy"]  # the real side was not touched
    session.unlock_recovery(folder, phrase).close()


def test_the_cover_changes_its_passphrase_and_recovery_phrase_like_any_vault(
    vault: tuple[Path, str],
) -> None:
    folder, phrase = vault
    _set(folder, "hide")
    new_phrase = propose_recovery_phrase()
    with session.unlock(folder, DURESS) as vs:
        change_open_passphrase(vs, DURESS, SECOND)
        set_recovery_phrase(vs, SECOND, new_phrase)
    with session.unlock_recovery(folder, new_phrase) as vs:
        assert "Food bank rota" in [case.title for case in list_cases(vs)]
    assert "Food bank rota" in _titles(folder, SECOND)
    assert _titles(folder, REAL) == ["Real case of Andriy"]
    session.unlock_recovery(folder, phrase).close()  # the real recovery phrase too


LANGUAGE_WORDS = {
    "ru": ("Хор", "Переезд"),  # noqa: RUF001 - Cyrillic on purpose
    "uk": ("Хор", "Переїзд"),  # noqa: RUF001
    "de": ("Chor", "Umzug"),
    "en": ("Choir", "Moving flat"),
}


@pytest.mark.parametrize("language", ["ru_RU", "uk", "de-AT", "en", "fr"])
def test_the_offered_cover_content_is_in_the_users_language_and_not_demo(
    vault: tuple[Path, str], language: str
) -> None:
    folder, _ = vault
    with session.unlock(folder, REAL) as vs:
        set_duress(vs, DURESS, mode="hide", language=language)
    code = cover_language(language)
    assert code == {"ru_RU": "ru", "uk": "uk", "de-AT": "de"}.get(language, "en")
    with session.unlock(folder, DURESS) as vs:
        titles = [case.title for case in list_cases(vs)]
        assert all(word in titles for word in LANGUAGE_WORDS[code])
        assert sorted(titles) == sorted(case[0] for case in COVERS[code])
        assert not is_demo_vault(vs)  # an ordinary notebook: never marked as demo data
    lowered = " ".join(titles).lower()
    assert not any(word in lowered for word in ("demo", "демо", "refugee", "deserter", "asyl"))


def test_every_language_has_the_same_cover_shape() -> None:
    shapes = {
        code: [(status, len(notes)) for _t, status, _s, notes in cases]
        for code, cases in COVERS.items()
    }
    assert set(shapes) == {"en", "ru", "uk", "de"}
    assert len({tuple(shape) for shape in shapes.values()}) == 1


@pytest.mark.parametrize("mode", ["hide", "erase"])
def test_a_restored_backup_never_answers_damaged_to_the_duress_passphrase(
    vault: tuple[Path, str], tmp_path: Path, mode: str
) -> None:
    """The backup holds the real vault only (not the cover's files): restored, it says it
    has no duress passphrase, and the old one is a wrong passphrase, never "damaged" (which
    would tell a guard that something else was there). The real content comes back whole."""
    folder, phrase = vault
    _set(folder, mode)
    with session.unlock(folder, REAL) as vs:
        made = back_up(vs, tmp_path / "stick")
    restored = tmp_path / "restored"
    restore_as_new_vault(made, restored)
    with session.unlock(restored, REAL) as vs:
        assert [case.title for case in list_cases(vs)] == ["Real case of Andriy"]
        assert not duress_state(vs).is_set  # honest: set it again
    with pytest.raises(WrongPassphraseError):
        session.unlock(restored, DURESS)
    session.unlock_recovery(restored, phrase).close()
    with session.unlock(restored, REAL) as vs:  # and it can be set again
        set_duress(vs, DURESS, mode=mode)
    assert "Food bank rota" in _titles(restored, DURESS)
