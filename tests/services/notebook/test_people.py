"""People: pseudonyms, roles, links to cases, and deleting a person with what is theirs."""

from __future__ import annotations

import pytest
from tests.factories import count_rows, make_case, make_note, make_person

from satchel.errors import InvalidInputError, NotFoundError
from satchel.services.core import search
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, notes, people
from satchel.store.models import PersonIdentityField


def test_a_new_person_shows_what_was_typed(vs: VaultSession) -> None:
    person_id = people.create_person(
        vs,
        pseudonym=" Falcon ",
        role="NGO",
        organisation="Idite Lesom",
        contact_method="Signal, evenings only",
        notes="Speaks Russian and some Kazakh.",
        tags=["Almaty", "#urgent"],
    )

    person = people.get_person(vs, person_id)
    assert person.pseudonym == "Falcon"
    assert person.role == "ngo"
    assert person.organisation == "Idite Lesom"
    assert person.contact_method == "Signal, evenings only"
    assert person.notes == "Speaks Russian and some Kazakh."
    assert person.tags == ("Almaty", "urgent")
    assert person.identity_fields_set == ()
    assert person.cases == ()


@pytest.mark.parametrize(
    "taken", ["falcon", "FALCON", "  Falcon  ", "\uff26\uff21\uff2c\uff23\uff2f\uff2e"]
)
def test_a_pseudonym_is_unique_without_regard_to_case(vs: VaultSession, taken: str) -> None:
    make_person(vs, "Falcon")
    with pytest.raises(InvalidInputError, match="already has the pseudonym") as refused:
        make_person(vs, taken)
    assert taken.strip() in str(refused.value)
    assert people.count_people(vs) == 1


def test_unicode_pseudonyms_fold_their_case_too(vs: VaultSession) -> None:
    make_person(vs, "Müller")
    make_person(vs, "Сокол")
    for taken in ("MÜLLER", "СОКОЛ", "сокол"):
        with pytest.raises(InvalidInputError, match="already has the pseudonym"):
            make_person(vs, taken)
    make_person(vs, "Muller")  # a different name: diacritics are not folded away


def test_renaming_checks_the_pseudonym_against_everyone_else(vs: VaultSession) -> None:
    falcon = make_person(vs, "Falcon")
    make_person(vs, "Heron")

    with pytest.raises(InvalidInputError, match='"heron"'):
        people.update_person(vs, falcon, pseudonym="heron")
    with pytest.raises(InvalidInputError, match="pseudonym cannot be empty"):
        people.update_person(vs, falcon, pseudonym="  ")
    people.update_person(vs, falcon, pseudonym="FALCON")  # their own name, recased
    assert people.get_person(vs, falcon).pseudonym == "FALCON"


@pytest.mark.parametrize("role", ["spy", "", "client lawyer"])
def test_an_unknown_role_is_refused_listing_the_roles(vs: VaultSession, role: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        make_person(vs, "Falcon", role=role)
    message = str(refused.value)
    assert "role" in message
    for allowed in ("client", "lawyer", "ngo", "embassy", "family", "other"):
        assert allowed in message
    assert people.count_people(vs) == 0


def test_an_update_with_a_bad_role_changes_nothing(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon", role="client", notes="before")
    with pytest.raises(InvalidInputError, match="role"):
        people.update_person(vs, person_id, notes="after", role="boss")
    person = people.get_person(vs, person_id)
    assert (person.role, person.notes) == ("client", "before")


def test_people_are_listed_by_pseudonym_and_filtered_by_role(vs: VaultSession) -> None:
    for name, role in [("heron", "client"), ("Anwalt", "lawyer"), ("Bureau", "ngo")]:
        make_person(vs, name, role=role)
    make_person(vs, "Crane", role="client")

    assert [p.pseudonym for p in people.list_people(vs)] == ["Anwalt", "Bureau", "Crane", "heron"]
    assert [p.pseudonym for p in people.list_people(vs, role="client")] == ["Crane", "heron"]
    assert [p.pseudonym for p in people.list_people(vs, offset=1, limit=2)] == ["Bureau", "Crane"]
    assert people.count_people(vs) == 4
    assert people.count_people(vs, role="Client") == 2
    with pytest.raises(InvalidInputError, match="role"):
        people.list_people(vs, role="pilot")


def test_linking_and_unlinking_a_person_and_a_case(vs: VaultSession) -> None:
    case_id = make_case(vs, "Falcon case")
    person_id = make_person(vs, "Falcon")

    people.link_person(vs, case_id, person_id, " client ")
    assert [(m.person_id, m.role_in_case) for m in cases.get_case(vs, case_id).people] == [
        (person_id, "client")
    ]
    assert people.get_person(vs, person_id).cases == ((case_id, "Falcon case", "client"),)

    people.link_person(vs, case_id, person_id, "witness")  # linking again only changes the role
    assert [m.role_in_case for m in cases.get_case(vs, case_id).people] == ["witness"]

    people.unlink_person(vs, case_id, person_id)
    assert cases.get_case(vs, case_id).people == ()
    assert people.get_person(vs, person_id).cases == ()
    people.unlink_person(vs, case_id, person_id)  # unlinking twice is harmless

    with pytest.raises(NotFoundError, match="person"):
        people.link_person(vs, case_id, "0" * 32)


def test_a_person_can_be_made_inside_a_case(vs: VaultSession) -> None:
    case_id = make_case(vs, "Heron case")
    person_id = make_person(vs, "Heron", case_id=case_id, role_in_case="client")
    assert [m.pseudonym for m in cases.get_case(vs, case_id).people] == ["Heron"]
    assert people.get_person(vs, person_id).cases[0][0] == case_id


def test_a_person_is_found_by_id_prefix(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon")
    assert people.get_person(vs, person_id.hex[:6]).id == person_id
    with pytest.raises(InvalidInputError, match="is not a person id"):
        people.get_person(vs, person_id.hex[:5])


def test_deleting_a_person_takes_their_identity_and_notes(vs: VaultSession) -> None:
    case_id = make_case(vs, "Falcon case")
    person_id = make_person(
        vs, "Falcon", identity={"legal_name": "Ivan Petrov", "phone": "+7 900"}, case_id=case_id
    )
    personal = make_note(vs, "Falcon background", "grew up in Barnaul", person_id=person_id)
    on_case = make_note(vs, "Case plan", "Barnaul to Almaty", case_id=case_id)
    other = make_person(vs, "Heron", identity={"legal_name": "Oleg Sidorov"})
    assert count_rows(vs, PersonIdentityField, person_id=person_id) == 2

    people.delete_person(vs, person_id)

    with pytest.raises(NotFoundError, match="No person"):
        people.get_person(vs, person_id)
    with pytest.raises(NotFoundError):
        notes.get_note(vs, personal)
    assert count_rows(vs, PersonIdentityField, person_id=person_id) == 0
    assert count_rows(vs, PersonIdentityField, person_id=other) == 1
    assert search.search(vs, "falcon", kinds={"person"}) == []
    assert [r.id for r in search.search(vs, "barnaul")] == [on_case]
    remaining = cases.get_case(vs, case_id)
    assert remaining.people == ()
    assert [n.id for n in remaining.notes] == [on_case]
