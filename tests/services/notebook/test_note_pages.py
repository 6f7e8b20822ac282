"""Every note comes out once, in listing order, however the pages fall."""

from __future__ import annotations

import pytest
from tests.factories import make_case, make_note

from satchel.cli.output import _plain
from satchel.errors import NotFoundError
from satchel.services.core.session import VaultSession
from satchel.services.notebook import listings, note_pages, notes


@pytest.mark.parametrize("page", [1, 3, 1000])
def test_pages_by_key_give_the_listing_order(vs: VaultSession, page: int) -> None:
    case_id = make_case(vs)
    for index in range(7):
        make_note(vs, f"note {index}", case_id=case_id, pinned=index in (2, 5), tags=[f"t{index}"])
    make_note(vs, "on no case")

    listed = list(note_pages.iter_notes(vs, page=page))
    assert listed == notes.list_notes(vs, limit=100)
    assert [note.title for note in listed[:2]] == ["note 5", "note 2"]  # pinned, newest first
    assert listed[0].tags == ("t5",)
    of_case = list(note_pages.iter_notes(vs, case_id=str(case_id)[:8], page=page))
    assert [note.title for note in of_case] == [n.title for n in listed if n.case_id == case_id]


def test_an_unknown_case_is_named(vs: VaultSession) -> None:
    with pytest.raises(NotFoundError):
        list(note_pages.iter_notes(vs, case_id="0123456789ab"))


@pytest.mark.parametrize("page", [2, 1000])
def test_records_are_the_summaries_as_json_would_print_them(vs: VaultSession, page: int) -> None:
    case_id = make_case(vs)
    for index in range(5):
        make_note(vs, f"note {index}", case_id=case_id, pinned=index == 3, tags=["b", "a"])
    make_note(vs, "on no case")
    summaries = [_plain(note) for note in note_pages.iter_notes(vs)]
    assert list(listings.iter_note_records(vs, page=page)) == summaries
    of_case = list(listings.iter_note_records(vs, case_id=case_id, page=page))
    assert of_case == [n for n in summaries if n["case_id"] == str(case_id)]
