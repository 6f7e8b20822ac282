"""The identity compartment: sealed, shown only on reveal, never searched or listed."""

from __future__ import annotations

import pytest
from tests.factories import make_person

from satchel.errors import InvalidInputError, NotFoundError
from satchel.services.core import activity, search
from satchel.services.core.session import VaultSession
from satchel.services.notebook import identity, people

LEGAL_NAME = "Кирилл Андреевич Соколовский"
IDENTITY = {
    "legal_name": LEGAL_NAME,
    "other_names": "Kirill Sokolovskiy",
    "birth_date": "1994-02-17",
    "nationality": "Российская Федерация",
    "document_numbers": "passport 75 8841932",
    "phone": "+7 913 447 1882",
    "email": "k.sokolovskiy@example.org",
    "address": "ул. Ленина 12, кв. 4, Барнаул",
    "notes": "Brother Пётр lives in Astana",
}


def test_sealed_fields_come_back_exactly_on_reveal(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon")
    identity.set_identity(vs, person_id, IDENTITY)

    revealed = identity.reveal_identity(vs, person_id)
    assert revealed == IDENTITY
    assert list(revealed) == list(identity.IDENTITY_FIELDS)  # always in the form's order
    assert people.get_person(vs, person_id).identity_fields_set == identity.IDENTITY_FIELDS


def test_identity_given_at_creation_is_sealed_too(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon", identity={"legal_name": LEGAL_NAME, "phone": ""})
    assert identity.reveal_identity(vs, person_id) == {"legal_name": LEGAL_NAME}
    assert people.get_person(vs, person_id).identity_fields_set == ("legal_name",)


def test_a_reveal_is_logged_by_field_names_never_values(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon")
    identity.set_identity(vs, person_id, {"phone": IDENTITY["phone"], "legal_name": LEGAL_NAME})

    identity.reveal_identity(vs, person_id)

    event = activity.list_activity(vs)[0]
    assert (event.action, event.kind, event.ref_id) == ("revealed", "identity", person_id)
    assert event.detail == "legal_name, phone"
    # Whole values and words that cannot occur in a hex id, a UUID or a timestamp.
    for value in (LEGAL_NAME, IDENTITY["phone"], "Соколовский", "Kirill"):
        assert all(value not in repr(e) for e in activity.list_activity(vs))


def test_an_empty_value_clears_a_field(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon", identity=IDENTITY)

    identity.set_identity(vs, person_id, {"legal_name": "", "phone": "   ", "email": None})

    revealed = identity.reveal_identity(vs, person_id)
    assert {"legal_name", "phone", "email"}.isdisjoint(revealed)
    assert revealed["address"] == IDENTITY["address"]
    assert "legal_name" not in people.get_person(vs, person_id).identity_fields_set
    identity.set_identity(vs, person_id, {"legal_name": ""})  # clearing an empty field is fine


def test_changing_a_field_replaces_its_value(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon", identity={"phone": "+7 900 000 0000"})
    identity.set_identity(vs, person_id, {"phone": " +49 151 000 0000 "})
    assert identity.reveal_identity(vs, person_id) == {"phone": "+49 151 000 0000"}


def test_an_unknown_field_is_refused_and_nothing_is_written(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon")
    with pytest.raises(InvalidInputError, match="Unknown identity field: shoe_size"):
        identity.set_identity(vs, person_id, {"legal_name": LEGAL_NAME, "shoe_size": "43"})
    assert people.get_person(vs, person_id).identity_fields_set == ()
    with pytest.raises(InvalidInputError, match="Unknown identity field: password"):
        make_person(vs, "Heron", identity={"password": "x"})
    assert people.count_people(vs) == 1


def test_a_too_long_value_is_refused_naming_the_field(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon")
    with pytest.raises(InvalidInputError, match="legal name is too long"):
        identity.set_identity(vs, person_id, {"legal_name": "x" * 4_001})


def test_the_identity_of_an_unknown_person_is_not_found(vs: VaultSession) -> None:
    with pytest.raises(NotFoundError, match="No person"):
        identity.reveal_identity(vs, "abcdef01")
    with pytest.raises(NotFoundError, match="No person"):
        identity.set_identity(vs, "abcdef01", {"phone": "1"})


IDENTITY_QUERIES = (
    "Кирилл",
    "Соколовский",
    "соколов",
    "Zyxwvut",
    "Sokolovskiy",
    "8841932",
    "447 1882",
    "example.org",
    "Барнаул",
    "Ленина",
    "Пётр",
    "Astana",
    "1994",
)


def _found_none(vs: VaultSession, person_id: object, moment: str) -> None:
    assert [r.id for r in search.search(vs, "falcon")] == [person_id], moment  # indexed
    for query in IDENTITY_QUERIES:
        assert search.search(vs, query) == [], (moment, query)


def test_identity_values_are_never_found_by_search(vs: VaultSession) -> None:
    """Searched right after each step that indexes the person, not only after a re-index."""
    person_id = make_person(vs, "Falcon", notes="met in Almaty", identity=IDENTITY)
    _found_none(vs, person_id, "after create_person")
    identity.set_identity(vs, person_id, {"legal_name": LEGAL_NAME + " Zyxwvut"})
    _found_none(vs, person_id, "after set_identity")
    people.update_person(vs, person_id, notes="met in Almaty again")
    _found_none(vs, person_id, "after update_person")


def test_identity_values_never_appear_in_lists_or_details(vs: VaultSession) -> None:
    person_id = make_person(vs, "Falcon", identity=IDENTITY)
    shown = repr(people.list_people(vs)) + repr(people.get_person(vs, person_id))
    for value in IDENTITY.values():
        assert value not in shown
    for word in ("Соколовский", "8841932", "Барнаул"):
        assert word not in shown
    assert "legal_name" in shown  # which fields are set is shown; their values are not
