"""Tags: shared words, matched without regard to case, gone once nothing carries them."""

from __future__ import annotations

from tests.factories import make_case, make_note, make_person

from satchel.services.core.session import VaultSession
from satchel.services.core.tags import list_tags, parse_tags
from satchel.services.notebook import cases, notes, people
from satchel.services.notebook.cases import CaseFilter


def _tags(vs: VaultSession) -> list[str]:
    with vs.reading() as session:
        return list_tags(session)


def test_one_tag_is_shared_by_cases_people_and_notes(vs: VaultSession) -> None:
    case_id = make_case(vs, tags=["Visa"])
    person_id = make_person(vs, tags=["VISA", "#visa"])
    note_id = make_note(vs, tags=["visa "])

    assert _tags(vs) == ["Visa"]  # spelled as first typed
    assert cases.get_case(vs, case_id).tags == ("Visa",)
    assert people.get_person(vs, person_id).tags == ("Visa",)
    assert notes.get_note(vs, note_id).tags == ("Visa",)


def test_the_case_filter_accepts_a_tag_as_it_is_shown_or_typed(vs: VaultSession) -> None:
    case_id = make_case(vs, tags=["#Visa"])
    make_case(vs, tags=["housing"])
    for typed in ("Visa", "visa", "#visa", " #VISA "):
        assert [c.id for c in cases.list_cases(vs, CaseFilter(tag=typed))] == [case_id], typed


def test_a_tag_nothing_carries_any_more_leaves_the_vault(vs: VaultSession) -> None:
    case_id = make_case(vs, tags=["kazakhstan", "shared"])
    person_id = make_person(vs, tags=["embassy-contact", "shared"])
    note_id = make_note(vs, tags=["brother-in-kazan", "shared"])
    assert _tags(vs) == ["brother-in-kazan", "embassy-contact", "kazakhstan", "shared"]

    notes.delete_note(vs, note_id)
    assert _tags(vs) == ["embassy-contact", "kazakhstan", "shared"]
    cases.update_case(vs, case_id, tags=["shared"])
    assert _tags(vs) == ["embassy-contact", "shared"]
    people.update_person(vs, person_id, tags=[])
    assert _tags(vs) == ["shared"]  # the case still carries it
    cases.delete_case(vs, case_id)
    assert _tags(vs) == []


def test_retagging_a_note_drops_the_old_tag(vs: VaultSession) -> None:
    note_id = make_note(vs, tags=["draft"])
    assert notes.save_note(vs, note_id, tags=["final"])
    assert _tags(vs) == ["final"]
    person_id = make_person(vs, tags=["final"])
    people.delete_person(vs, person_id)
    assert _tags(vs) == ["final"]


def test_tags_typed_in_a_case_are_parsed_as_the_vault_keeps_them() -> None:
    """One rule for the case and note editors: the vault's own (no "#", folded case)."""
    assert parse_tags(" visa, #Urgent,, visa , urgent ") == ("visa", "Urgent")
    assert parse_tags("# Müller, MÜLLER , müller") == ("Müller",)


def test_tags_typed_in_a_note_follow_the_same_rule() -> None:
    assert parse_tags(" visa, Urgent ,, urgent , ") == ("visa", "Urgent")
    assert parse_tags(" , ,# ,") == ()
