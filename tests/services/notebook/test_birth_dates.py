"""Dates of birth as people write them, read without Qt; anything unsure is left as written."""
# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)

from __future__ import annotations

import datetime as dt

import pytest

from satchel.services.core.session import VaultSession
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
