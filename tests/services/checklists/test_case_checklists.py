"""Checklists from the shipped templates: items, states, dates, where originals are."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.factories import TEMPLATE, count_rows, item_id, make_case, make_checklist

from satchel.errors import InvalidInputError, NotFoundError
from satchel.services.checklists import case_checklists
from satchel.services.core import search
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases
from satchel.store.models import ChecklistTemplate

ITEM_KEYS = [
    "internal-passport",
    "travel-passport",
    "birth-certificate",
    "military-id",
    "residence-permit",
    "digital-copies",
    # added in version 2 of the template
    "civil-status",
    "driving-licence",
    "education-work",
    "travel-evidence",
    "persecution-evidence",
    "medical-records",
    "cards-and-numbers",
    # added in version 3
    "conscript-certificate",
    "electronic-summons",
]
REQUIRED = [True, True, False, False, False, True] + [False] * 9


def test_a_checklist_is_made_from_the_template_in_the_chosen_language(vs: VaultSession) -> None:
    case_id = make_case(vs)
    english = case_checklists.get_checklist(vs, make_checklist(vs, case_id))
    russian = case_checklists.get_checklist(vs, make_checklist(vs, case_id, lang="ru"))

    assert english.title == "Personal documents inventory"
    assert russian.title == "Опись личных документов"
    assert [i.item_key for i in english.items] == [i.item_key for i in russian.items] == ITEM_KEYS
    assert english.items[1].title == "Passport for travel abroad"
    assert russian.items[1].title == "Заграничный паспорт"
    assert [i.position for i in english.items] == list(range(len(ITEM_KEYS)))
    assert all(i.state == "todo" and i.due_date is None for i in english.items)
    assert [i.required for i in english.items] == REQUIRED
    assert english.template_key == russian.template_key == TEMPLATE
    assert english.case_id == case_id
    assert [c.id for c in case_checklists.list_checklists(vs, case_id)] == [english.id, russian.id]


def test_the_template_is_stored_in_the_vault_once_and_reused(vs: VaultSession) -> None:
    first_case, second_case = make_case(vs), make_case(vs)
    first = case_checklists.get_checklist(vs, make_checklist(vs, first_case))
    assert count_rows(vs, ChecklistTemplate, template_key=TEMPLATE) == 1

    second = case_checklists.get_checklist(vs, make_checklist(vs, second_case, lang="ru"))

    assert count_rows(vs, ChecklistTemplate) == 1
    assert second.template_version == first.template_version
    assert second.title == "Опись личных документов"  # the stored copy keeps every language


def test_setting_an_item_changes_only_that_item(vs: VaultSession) -> None:
    checklist_id = make_checklist(vs, make_case(vs))
    passport = item_id(vs, checklist_id, "travel-passport")

    case_checklists.set_item(
        vs,
        passport,
        state="In progress",
        due_date="2026-05-01",
        original_location=" with the lawyer in Almaty ",
        note="Renewal appointment booked",
    )

    items = {i.item_key: i for i in case_checklists.get_checklist(vs, checklist_id).items}
    changed = items["travel-passport"]
    assert changed.state == "in_progress"
    assert changed.due_date == dt.date(2026, 5, 1)
    assert changed.original_location == "with the lawyer in Almaty"
    assert changed.note == "Renewal appointment booked"
    assert all(i.state == "todo" for key, i in items.items() if key != "travel-passport")

    case_checklists.set_item(vs, passport, state="done")  # other fields are left as they were
    case_checklists.set_item(vs, passport, due_date=None)  # None clears the date
    changed = case_checklists.get_checklist(vs, checklist_id).items[1]
    assert (changed.state, changed.due_date, changed.note) == (
        "done",
        None,
        "Renewal appointment booked",
    )


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"state": "lost"}, ["state", "lost", "todo", "in-progress", "done", "not-needed"]),
        ({"state": "done", "due_date": "1.5.2026"}, ["due date", "1.5.2026"]),
        ({"note": "n" * 2_001}, ["item note", "too long"]),
    ],
)
def test_a_bad_item_change_is_refused_clearly_and_changes_nothing(
    vs: VaultSession, fields: dict[str, str], words: list[str]
) -> None:
    checklist_id = make_checklist(vs, make_case(vs))
    passport = item_id(vs, checklist_id, "travel-passport")
    before = case_checklists.get_checklist(vs, checklist_id)

    with pytest.raises(InvalidInputError) as refused:
        case_checklists.set_item(vs, passport, **fields)

    for word in words:
        assert word in str(refused.value)
    assert case_checklists.get_checklist(vs, checklist_id) == before


def test_progress_counts_done_items_out_of_those_needed(vs: VaultSession) -> None:
    checklist_id = make_checklist(vs, make_case(vs))
    assert case_checklists.get_checklist(vs, checklist_id).progress == (0, len(ITEM_KEYS))

    case_checklists.set_item(vs, item_id(vs, checklist_id, "internal-passport"), state="done")
    case_checklists.set_item(vs, item_id(vs, checklist_id, "travel-passport"), state="done")
    case_checklists.set_item(vs, item_id(vs, checklist_id, "military-id"), state="not needed")
    case_checklists.set_item(
        vs, item_id(vs, checklist_id, "birth-certificate"), state="in_progress"
    )

    assert case_checklists.get_checklist(vs, checklist_id).progress == (2, len(ITEM_KEYS) - 1)
    case_checklists.set_item(vs, item_id(vs, checklist_id, "internal-passport"), state="not-needed")
    assert case_checklists.get_checklist(vs, checklist_id).progress == (1, len(ITEM_KEYS) - 2)


def test_an_unknown_template_is_refused_listing_the_known_ones(vs: VaultSession) -> None:
    case_id = make_case(vs)
    with pytest.raises(
        InvalidInputError, match=r"Known templates: .*personal-documents"
    ) as refused:
        case_checklists.add_checklist(vs, case_id, "asylum-claim-xx")
    assert '"asylum-claim-xx"' in str(refused.value)
    assert case_checklists.list_checklists(vs, case_id) == []
    assert count_rows(vs, ChecklistTemplate) == 0


def test_a_checklist_needs_an_existing_case(vs: VaultSession) -> None:
    with pytest.raises(NotFoundError, match="No case"):
        case_checklists.add_checklist(vs, "deadbeef", TEMPLATE)
    assert count_rows(vs, ChecklistTemplate) == 0


def test_the_case_shows_its_checklists_and_deleting_one_unindexes_its_items(
    vs: VaultSession,
) -> None:
    case_id = make_case(vs)
    checklist_id = make_checklist(vs, case_id)
    case_checklists.set_item(
        vs, item_id(vs, checklist_id, "military-id"), note="hidden in the lining"
    )
    assert [c.id for c in cases.get_case(vs, case_id).checklists] == [checklist_id]
    assert [r.kind for r in search.search(vs, "lining")] == ["checklist_item"]

    case_checklists.delete_checklist(vs, checklist_id)

    assert cases.get_case(vs, case_id).checklists == ()
    assert search.search(vs, "lining") == []
    assert search.search(vs, "passport") == []
    with pytest.raises(NotFoundError, match="No checklist"):
        case_checklists.get_checklist(vs, checklist_id)
