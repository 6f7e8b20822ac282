"""Dates of birth as people write them, read without Qt; anything unsure is left as written."""
# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.conftest import PASSPHRASE
from tests.factories import folder_state, make_vault

from satchel.errors import DamagedError
from satchel.services.core.session import VaultSession, unlock
from satchel.services.notebook import identity, people
from satchel.services.notebook.birth_dates import as_iso, read_birth_date

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1987-03-14", "1987-03-14"),
        ("19870314", "1987-03-14"),
        ("14.03.1987", "1987-03-14"),
        ("14.3.87", "1987-03-14"),
        ("1.2.05", "2005-02-01"),
        ("14/03/1987", "1987-03-14"),
        ("03/14/1987", "1987-03-14"),
        ("14 March 1987", "1987-03-14"),
        ("March 14, 1987", "1987-03-14"),
        ("14. März 1987", "1987-03-14"),
        ("14 марта 1987 г.", "1987-03-14"),
        ("14 березня 1987", "1987-03-14"),
    ],
)
def test_common_forms_are_read(text: str, iso: str) -> None:
    found = read_birth_date(text, TODAY)
    assert found is not None and found.isoformat() == iso


@pytest.mark.parametrize(
    "text", ["03/04/1987", "about 1990", "1987", "31.02.1987", "14.03.2030", "14 Foo 1987", ""]
)
def test_unsure_or_impossible_text_is_not_a_date(text: str) -> None:
    assert read_birth_date(text, TODAY) is None
    assert as_iso(text) == text


def test_the_service_stores_a_readable_date_as_iso(vs: VaultSession) -> None:
    person = people.create_person(vs, pseudonym="Marta K.")
    identity.set_identity(vs, person, {"birth_date": "14.03.1987"})
    assert identity.reveal_identity(vs, person) == {"birth_date": "1987-03-14"}
    identity.set_identity(vs, person, {"birth_date": "spring 1987"})
    assert identity.reveal_identity(vs, person) == {"birth_date": "spring 1987"}


def test_a_damaged_identity_page_at_unlock_changes_no_file(vault_folder: Path) -> None:
    """The conversion reads identities at unlock, on the connection that may write: a page
    it cannot read must not turn into a refusal that folds the journal into the damaged
    file. The vault opens; reading those identities names the damage; no file changed."""
    vs, _phrase = make_vault(vault_folder)
    try:
        person = people.create_person(vs, pseudonym="Marta K.")
        identity.set_identity(vs, person, {"birth_date": "14.03.1987"})
        with vs.reading() as session:
            root = session.execute(
                text("SELECT rootpage FROM sqlite_master WHERE name = 'person_identity_fields'")
            ).scalar_one()
            page_size = session.execute(text("PRAGMA page_size")).scalar_one()
        database = vs.vault.database_path
    finally:
        vs.close()
    with database.open("r+b") as file:  # one flipped bit in that table's page
        file.seek((int(root) - 1) * int(page_size) + 200)
        byte = file.read(1)[0]
        file.seek(-1, 1)
        file.write(bytes([byte ^ 1]))
    before = folder_state(vault_folder)
    reopened = unlock(vault_folder, PASSPHRASE)
    try:
        assert _lasting(folder_state(vault_folder)) == _lasting(before)
        with pytest.raises(DamagedError):
            identity.reveal_identity(reopened, person)
    finally:
        reopened.close()


def _lasting(state: dict[str, str]) -> dict[str, str]:
    """The files that outlive the session: not SQLite's shared-memory index or empty WAL."""
    empty = hashlib.sha256(b"").hexdigest()
    return {
        name: digest
        for name, digest in state.items()
        if not name.endswith("-shm") and digest != empty
    }
