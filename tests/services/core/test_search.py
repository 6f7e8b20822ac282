"""Search as the user types: prefixes, Cyrillic, grouping by kind, and any text at all."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.factories import item_id, make_case, make_checklist, make_note, make_person

from satchel.services.checklists import case_checklists
from satchel.services.core import search
from satchel.services.core.search import KIND_ORDER, SearchResult
from satchel.services.core.session import VaultSession
from satchel.services.notebook import notes, people

HOSTILE = [
    '"',
    '""',
    'passport"',
    '"passport',
    "'; DROP TABLE notes; --",
    "pass*",
    "*",
    "**pass",
    "^pass",
    "-pass",
    "+pass",
    "NEAR(passport renewal)",
    "NEAR(passport renewal, 5",
    "passport NEAR/3 renewal",
    "passport AND",
    "AND passport",
    "OR",
    "NOT",
    "passport NOT renewal",
    "(((",
    "passport)",
    "((passport)",
    "title:passport",
    "{title body}: passport",
    "\\",
    "\x00",
    "pass\x00port",
    "",
    "   ",
    "\u0301",
    "a\u0301\u0301",
    "\U0001f600",
    "\ufeffpass",
    "x" * 5_000,
    " ".join(["passport"] * 200),
]


@pytest.fixture
def filled(vs: VaultSession) -> VaultSession:
    """A case, a person, a note and a checklist item, all about a passport."""
    case_id = make_case(vs, "Falcon passport renewal", summary="Exit via Almaty")
    make_person(vs, "Falcon", notes="His passport is with the lawyer", case_id=case_id)
    make_note(vs, "Embassy call", "The passport appointment is on Monday", case_id=case_id)
    make_note(vs, "Звонок", "Заграничный паспорт просрочен, нужен новый", case_id=case_id)
    make_checklist(vs, case_id)
    return vs


def test_a_prefix_finds_words_as_they_are_typed(vs: VaultSession) -> None:
    note_id = make_note(vs, "Call", "Her passport expires in May")
    for typed in ("pa", "pas", "pass", "passp", "passport", "PASSPORT", "Pass"):
        assert [r.id for r in search.search(vs, typed)] == [note_id], typed
    assert search.search(vs, "passportless") == []  # longer than a word and not a form of it
    assert search.search(vs, "assport") == []  # prefixes, not infixes
    assert [r.id for r in search.search(vs, "her pass")] == [note_id]  # every word, last a prefix
    assert search.search(vs, "his pass") == []


def test_results_come_grouped_case_person_note_then_checklist_item(filled: VaultSession) -> None:
    results = search.search(filled, "passport")
    kinds = [r.kind for r in results]
    assert set(kinds) == set(KIND_ORDER)
    assert kinds == sorted(kinds, key=KIND_ORDER.index)
    assert kinds.count("checklist_item") == 2  # the internal and the travel passport


def test_a_result_says_where_it_belongs_and_marks_the_words(filled: VaultSession) -> None:
    (case,) = search.search(filled, "almaty")
    assert case.kind == "case"
    assert case.case_id == case.id
    assert case.title == "Falcon passport renewal"
    assert "[Almaty]" in case.snippet

    (note,) = search.search(filled, "monday", marks=("<b>", "</b>"))
    assert note.title == "Embassy call"
    assert "<b>Monday</b>" in note.snippet
    assert note.case_id == case.id

    (person,) = search.search(filled, "lawyer")
    assert (person.kind, person.case_id, person.title) == ("person", None, "Falcon")


def test_cyrillic_is_found_by_prefix_and_without_regard_to_case(filled: VaultSession) -> None:
    case_id = search.search(filled, "almaty")[0].id
    make_checklist(filled, case_id, lang="ru")
    for typed in ("паспорт", "Паспорт", "ПАСП", "загран", "просроч"):
        assert {r.kind for r in search.search(filled, typed)} >= {"note"}, typed
    assert [r.kind for r in search.search(filled, "заграничный")] == ["note", "checklist_item"]
    assert [r.title for r in search.search(filled, "звон")] == ["[Звонок]"]


def test_diacritics_do_not_get_in_the_way(vs: VaultSession) -> None:
    person_id = make_person(vs, "Jürgen Müller", role="lawyer")
    assert [r.id for r in search.search(vs, "muller")] == [person_id]
    assert [r.id for r in search.search(vs, "MÜLL")] == [person_id]


def test_kinds_limit_what_is_searched(filled: VaultSession) -> None:
    assert {r.kind for r in search.search(filled, "passport", kinds={"note"})} == {"note"}
    assert {r.kind for r in search.search(filled, "passport", kinds=["case", "person"])} == {
        "case",
        "person",
    }
    assert search.search(filled, "passport", kinds=()) == []
    assert search.search(filled, "passport", kinds={"nonsense"}) == []
    assert len(search.search(filled, "passport", limit=2)) == 2


def test_search_follows_edits(vs: VaultSession) -> None:
    case_id = make_case(vs)
    note_id = make_note(vs, "Plan", "meet at the tram stop", case_id=case_id)
    person_id = make_person(vs, "Crane")
    checklist_id = make_checklist(vs, case_id)

    notes.save_note(vs, note_id, body="meet at the bus station")
    people.update_person(vs, person_id, pseudonym="Stork")
    case_checklists.set_item(
        vs, item_id(vs, checklist_id, "military-id"), original_location="Bishkek"
    )

    assert search.search(vs, "tram") == []
    assert [r.id for r in search.search(vs, "bus")] == [note_id]
    assert search.search(vs, "crane") == []
    assert [r.id for r in search.search(vs, "stork")] == [person_id]
    assert [r.kind for r in search.search(vs, "bishkek")] == ["checklist_item"]


def test_operators_and_quotes_are_searched_for_never_obeyed(filled: VaultSession) -> None:
    for query in HOSTILE:
        results = search.search(filled, query)
        assert all(isinstance(r, SearchResult) for r in results), query


def test_a_stray_quote_or_operator_does_not_hide_the_word(filled: VaultSession) -> None:
    for typed in ('"passport', 'passport"', "(passport", "passport)", "passport*", "-passport"):
        assert {r.kind for r in search.search(filled, typed)} == set(KIND_ORDER), typed
    assert search.search(filled, "passport OR zzzz") == []  # OR is a word here, not an operator


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    query=st.one_of(
        st.text(max_size=60),
        st.lists(
            st.sampled_from(
                [
                    '"',
                    "'",
                    "*",
                    "(",
                    ")",
                    ":",
                    "^",
                    "-",
                    "+",
                    "{",
                    "}",
                    "NEAR",
                    "AND",
                    "OR",
                    "NOT",
                    "NEAR/2",
                    ",",
                    "passport",
                    "паспорт",
                    "title",
                    " ",
                    "\\",
                    "\x00",
                ]
            ),
            max_size=12,
        ).map("".join),
    )
)
def test_any_text_at_all_can_be_searched(filled: VaultSession, query: str) -> None:
    results = search.search(filled, query)
    kinds = [r.kind for r in results]
    assert kinds == sorted(kinds, key=KIND_ORDER.index)
