# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)
"""Word forms and transliteration keys: what makes «паспорта» find «паспорт» and Vasily
find «Василий»; and results found that way still show the matched words."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from sqlalchemy.orm import Session

from satchel.store.search_index import index_document, search
from satchel.store.wordforms.terms import document_terms, word_terms
from satchel.store.wordforms.translit import sound_keys

SPELLINGS = [
    ["Василий", "Vasiliy", "Vasily", "Vasilii", "Wassili", "Wassilij", "Василия"],
    ["Григорій", "Hryhorii", "Grigoriy", "Grigori"],
    ["Чернов", "Chernov", "Tschernow", "Černov"],
    ["Жуков", "Zhukov", "Schukow"],
    ["Шевченко", "Shevchenko", "Schewtschenko"],
    ["Щербаков", "Shcherbakov", "Schtscherbakow"],
    ["Евгений", "Yevgeniy", "Evgeny", "Jewgeni"],
    ["Євген", "Yevhen", "Ievhen"],
    ["Алексей", "Alexey", "Alexej", "Aleksei"],
    ["Наталья", "Наталия", "Natalya", "Natalja", "Natalia"],
    ["Михаил", "Mikhail", "Michail"],
    ["Юрий", "Yuriy", "Yury", "Juri", "Jurij", "Iurii"],
    ["Пётр", "Петр", "Pyotr", "Petr", "Pjotr"],
    ["Київ", "Kyiv"],
    ["Харків", "Kharkiv", "Charkiw"],
    ["Захаров", "Zakharov", "Sacharow"],
    ["военкомат", "voenkomat", "voyenkomat"],
    ["Госуслуг", "Gosuslugi"],
]


@pytest.mark.parametrize("spellings", SPELLINGS, ids=[group[0] for group in SPELLINGS])
def test_every_common_spelling_of_a_name_shares_a_key(spellings: list[str]) -> None:
    first = set(sound_keys(spellings[0].lower()))
    for spelling in spellings[1:]:
        assert first & set(sound_keys(spelling.lower())), spelling


def test_different_names_keep_different_keys() -> None:
    assert not set(sound_keys("анна")) & set(sound_keys("яна"))
    assert not set(sound_keys("мария")) & set(sound_keys("marina"))


@pytest.mark.parametrize(
    ("written", "folded"),
    [("сім'я", "сімя"), ("сім’я", "сімя"), ("сімʼя", "сімя"), ("Ёлка", "елка")],
)
def test_apostrophes_and_yo_fold(written: str, folded: str) -> None:
    assert word_terms(written).plain == folded


def test_base_forms_come_from_every_language_that_applies() -> None:
    forms, _keys = document_terms(["Паспорта нет у заявника", "Aufenthaltstitels, passports"])
    assert {"паспорт", "заявник", "aufenthaltstitel", "passport"} <= set(forms.split())
    assert "у" not in forms.split()  # one letter: no forms, no keys


def add(session: Session, title: str, body: str) -> uuid.UUID:
    ref_id = uuid.uuid4()
    index_document(
        session, kind="note", ref_id=ref_id, case_id=None, title=title, body=body, tags=""
    )
    return ref_id


def test_a_base_form_match_is_marked_and_ranks_below_the_exact_one(session: Session) -> None:
    filler = " ".join(["слово"] * 30)
    inflected = add(session, "Звонок", f"{filler} У клиента паспорта нет, только справка.")
    exact = add(session, "Встреча", "Паспорт на руках.")
    session.commit()
    hits = search(session, "паспорт")
    assert [hit.ref_id for hit in hits] == [exact, inflected]
    assert hits[1].snippet.startswith("…")  # the snippet is cut around the match
    assert "[паспорта]" in hits[1].snippet
    assert [hit.title for hit in search(session, "звонком")] == ["[Звонок]"]


def test_latin_letters_find_cyrillic_and_back(session: Session) -> None:
    cyrillic = add(session, "Граница", "Василий Чернов пересёк границу.")
    latin = add(session, "Border", "Wassili Tschernow crossed the border.")
    session.commit()
    assert {hit.ref_id for hit in search(session, "Vasily Chernov")} == {cyrillic, latin}
    assert {hit.ref_id for hit in search(session, "Василий")} == {cyrillic, latin}
    assert "[Wassili]" in search(session, "Василий", kinds=["note"])[-1].snippet
    assert {hit.ref_id for hit in search(session, "Vasi")} == {cyrillic, latin}  # as typed


def test_latin_text_never_loads_the_dictionaries() -> None:
    code = (
        "from satchel.store.wordforms import analysers, terms\n"
        "terms.document_terms(['Passport renewal at the embassy'])\n"
        "import sys\n"
        "assert 'pymorphy3' not in sys.modules, analysers.loaded()\n"
        "terms.document_terms(['Паспорт'])\n"
        "assert 'pymorphy3' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
