"""Pseudonym suggestions: a plausible first name and an initial, like "Marta K.".

Names come in the language's own script ("Oleg V." in Cyrillic for Russian or Ukrainian).
A suggestion is never a full real-looking name, and never equal (without regard to case)
to a pseudonym already in the vault. Suggesting reads the vault only: nothing is written,
logged or indexed. The language last chosen for suggestions is kept as a vault setting, so
the box does not fall back to the interface language at every new person.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import select

from satchel.errors import InvalidInputError
from satchel.services.core.session import VaultSession
from satchel.services.notebook.given_names import given_name, language_of
from satchel.store.models import Person, VaultSetting
from satchel.store.types import fold_key

if TYPE_CHECKING:
    from faker import Faker

FAKER_LOCALES = {"en": "en_US", "ru": "ru_RU", "uk": "uk_UA", "de": "de_DE"}
DEFAULT_LOCALE = "en"
LANGUAGE_SETTING = "pseudonym_language"
TRIES = 40  # fresh names to try before numbering one


def faker_locale(locale: str) -> str:
    """Faker's locale for a UI language ("ru", "ru_RU" or "ru-RU"); English if unknown."""
    language = locale.replace("-", "_").split("_")[0].strip().lower()
    return FAKER_LOCALES.get(language, FAKER_LOCALES[DEFAULT_LOCALE])


@cache
def _suggester(faker_name: str) -> Faker:
    # Faker loads on the first suggestion, not with the window: ~0.1 s of a cold start
    from faker import Faker  # noqa: PLC0415

    fake = Faker(faker_name)
    fake.seed_instance(secrets.randbits(64))  # its own generator, apart from the demo's
    return fake


def candidate(fake: Faker) -> str:
    """One "First L." name: a given name common among people born 1975-2005 in the
    language (given_names), and the initial of a surname from this Faker."""
    first = given_name(fake.random, language_of(fake.locales[0]))
    surname = str(fake.last_name())
    initial = next((ch for ch in surname if ch.isalpha()), "")
    return f"{first} {initial.upper()}." if initial else first


def pick_pseudonym(fake: Faker, is_taken: Callable[[str], bool], *, tries: int = TRIES) -> str:
    """A candidate nobody has; after `tries` collisions, a candidate with a number added."""
    name = candidate(fake)
    for _ in range(tries):
        if not is_taken(fold_key(name)):
            return name
        name = candidate(fake)
    number = 2
    while is_taken(fold_key(f"{name} {number}")):
        number += 1
    return f"{name} {number}"


def suggest_pseudonym(vs: VaultSession, locale: str = DEFAULT_LOCALE) -> str:
    """A fresh pseudonym in the language's script (Cyrillic for ru and uk)."""
    fake = _suggester(faker_locale(locale))
    with vs.reading() as session:

        def is_taken(key: str) -> bool:
            query = select(Person.id).where(Person.pseudonym_key == key).limit(1)
            return session.scalar(query) is not None

        return pick_pseudonym(fake, is_taken)


def chosen_language(vs: VaultSession) -> str | None:
    """The language last picked for suggestions in this vault ("ru"), or None."""
    with vs.reading() as session:
        row = session.get(VaultSetting, LANGUAGE_SETTING)
        value = row.value if row is not None else None
    return value if value in FAKER_LOCALES else None


def choose_language(vs: VaultSession, language: str) -> None:
    """Remember the language for the next suggestion (en, ru, uk or de)."""
    if language not in FAKER_LOCALES:
        raise InvalidInputError(f"No pseudonyms in language {language!r}.")
    with vs.transaction() as session:
        row = session.get(VaultSetting, LANGUAGE_SETTING)
        if row is None:
            session.add(VaultSetting(key=LANGUAGE_SETTING, value=language))
        elif row.value != language:
            row.value = language
