"""Pseudonym suggestions: plausible, in the language's script, never an existing one."""

from __future__ import annotations

import re
import unicodedata

import pytest
from faker import Faker
from tests.factories import count_rows, make_person

from satchel.services.core.session import VaultSession
from satchel.services.notebook import people
from satchel.services.notebook.pseudonyms import candidate, pick_pseudonym, suggest_pseudonym
from satchel.store.models import ActivityEvent
from satchel.store.types import fold_key

SHAPE = re.compile(r"^\S.* \w\.( \d+)?$")  # "Marta K.", "Anna-Lena W.", "Oleg V. 2"


def _scripts(text: str) -> set[str]:
    """The scripts of the letters (a Ukrainian apostrophe, U+02BC, is not a letter here)."""
    return {
        unicodedata.name(ch).split()[0] for ch in text if unicodedata.category(ch) in {"Lu", "Ll"}
    }


def test_two_hundred_people_named_by_suggestion_never_collide(vs: VaultSession) -> None:
    names = []
    for index in range(200):
        name = suggest_pseudonym(vs, ("en", "ru", "uk", "de")[index % 4])
        people.create_person(vs, pseudonym=name)  # refuses a duplicate pseudonym outright
        names.append(name)

    assert len({fold_key(n) for n in names}) == 200
    assert all(SHAPE.match(name) for name in names), [n for n in names if not SHAPE.match(n)]
    assert people.count_people(vs) == 200


@pytest.mark.parametrize(
    ("locale", "script"),
    [("en", "LATIN"), ("de", "LATIN"), ("ru", "CYRILLIC"), ("uk", "CYRILLIC")],
)
def test_suggestions_are_in_the_languages_script(
    vs: VaultSession, locale: str, script: str
) -> None:
    for _ in range(30):
        name = suggest_pseudonym(vs, locale)
        assert _scripts(name) == {script}, name
        first, initial = name.rsplit(" ", 1)
        assert len(initial) == 2 and initial.endswith(".")  # an initial, never a full surname
        assert first


def test_unknown_or_regional_locales_fall_back_sensibly(vs: VaultSession) -> None:
    assert _scripts(suggest_pseudonym(vs, "fr")) == {"LATIN"}
    assert _scripts(suggest_pseudonym(vs, "ru_RU")) == {"CYRILLIC"}
    assert _scripts(suggest_pseudonym(vs, "uk-UA")) == {"CYRILLIC"}


def test_a_taken_name_is_skipped_whatever_its_case() -> None:
    fake = Faker("en_US")
    fake.seed_instance(7)
    first = candidate(fake)
    fake.seed_instance(7)
    taken = {fold_key(first.upper())}

    chosen = pick_pseudonym(fake, lambda key: key in taken)

    assert fold_key(chosen) != fold_key(first)


def test_after_many_collisions_a_number_is_added() -> None:
    fake = Faker("de_DE")
    fake.seed_instance(1)
    asked: list[str] = []

    def is_taken(key: str) -> bool:
        asked.append(key)
        return not key.endswith(" 3")  # every fresh name and "… 2" are taken

    name = pick_pseudonym(fake, is_taken, tries=5)

    assert name.endswith(" 3")
    assert SHAPE.match(name)
    assert len(asked) == 5 + 2  # five fresh names, then "… 2" and "… 3"


def test_suggesting_writes_nothing(vs: VaultSession) -> None:
    make_person(vs, "Sparrow")
    before = count_rows(vs, ActivityEvent)

    for _ in range(10):
        suggest_pseudonym(vs, "ru")

    assert count_rows(vs, ActivityEvent) == before
    assert people.count_people(vs) == 1
