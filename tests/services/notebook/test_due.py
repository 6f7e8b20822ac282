"""Due soon: open checklist items and case deadlines across all cases, soonest first."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from tests.factories import item_id, make_case, make_checklist

from satchel.errors import InvalidInputError
from satchel.services.checklists import case_checklists
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases
from satchel.services.notebook.due import DueItem, due_items, expiring_soon

World = dict[str, uuid.UUID]
TODAY = dt.date(2026, 3, 10)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def _set(vs: VaultSession, checklist_id: uuid.UUID, key: str, state: str, due: int | None) -> None:
    case_checklists.set_item(
        vs,
        item_id(vs, checklist_id, key),
        state=state,
        due_date=None if due is None else day(due),
    )


@pytest.fixture
def world(vs: VaultSession) -> World:
    """Three live cases and a closed one, with dated and undated items in every state."""
    alpha = make_case(vs, "Alpha", next_action="Call the lawyer", due_date=day(5))
    delta = make_case(vs, "Delta", due_date=day(5))  # no next action: its title stands
    bravo = make_case(vs, "Bravo", status="waiting")  # no date of its own
    closed = make_case(vs, "Zulu", status="closed", due_date=day(1))
    papers = make_checklist(vs, bravo)
    _set(vs, papers, "internal-passport", "todo", -3)
    _set(vs, papers, "travel-passport", "in_progress", 10)
    _set(vs, papers, "birth-certificate", "done", 1)
    _set(vs, papers, "military-id", "not_needed", 2)
    _set(vs, papers, "residence-permit", "todo", 31)
    _set(vs, papers, "digital-copies", "todo", None)
    old = make_checklist(vs, closed)
    _set(vs, old, "travel-passport", "todo", 2)
    return {"alpha": alpha, "delta": delta, "bravo": bravo, "closed": closed}


def _rows(items: list[DueItem]) -> list[tuple[str, str, int, bool, str]]:
    return [(i.kind, i.title, i.days_left, i.overdue, i.state) for i in items]


def test_due_items_are_sorted_by_date_then_title(vs: VaultSession, world: World) -> None:
    items = due_items(vs, today=TODAY)

    assert _rows(items) == [
        ("checklist_item", "Internal passport or national ID", -3, True, "todo"),
        ("case", "Call the lawyer", 5, False, "open"),
        ("case", "Delta", 5, False, "open"),
        ("checklist_item", "Passport for travel abroad", 10, False, "in_progress"),
        (
            "checklist_item",
            "Residence permit or registration in the current country",
            31,
            False,
            "todo",
        ),
    ]
    assert [i.due_date for i in items] == [day(-3), day(5), day(5), day(10), day(31)]


def test_items_carry_their_case(vs: VaultSession, world: World) -> None:
    items = due_items(vs, today=TODAY)

    first, alpha = items[0], items[1]
    assert (first.case_id, first.case_title) == (world["bravo"], "Bravo")
    assert first.id != world["bravo"]
    assert (alpha.id, alpha.case_id, alpha.case_title) == (world["alpha"], world["alpha"], "Alpha")


def test_done_not_needed_undated_and_closed_are_left_out(vs: VaultSession, world: World) -> None:
    titles = {i.title for i in due_items(vs, today=TODAY)}

    assert "Birth certificate" not in titles  # done
    assert "Military ID or registration papers" not in titles  # not needed
    assert not any(i.startswith("Encrypted copies") for i in titles)  # no date
    assert "Zulu" not in {i.case_title for i in due_items(vs, today=TODAY)}  # closed case

    cases.update_case(vs, world["closed"], status="open")  # reopened: its reminders return
    reopened = [i for i in due_items(vs, today=TODAY) if i.case_title == "Zulu"]
    assert [(i.kind, i.days_left) for i in reopened] == [("case", 1), ("checklist_item", 2)]


def test_expiring_soon_looks_thirty_days_ahead_and_keeps_overdue(
    vs: VaultSession, world: World
) -> None:
    soon = expiring_soon(vs, 30, today=TODAY)

    assert [i.days_left for i in soon] == [-3, 5, 5, 10]  # day 31 is beyond the horizon
    assert [i.days_left for i in expiring_soon(vs, 31, today=TODAY)][-1] == 31
    assert [i.days_left for i in due_items(vs, within_days=0, today=TODAY)] == [-3]
    assert expiring_soon(vs, today=TODAY) == soon  # 30 days is the default


def test_days_left_follow_today(vs: VaultSession, world: World) -> None:
    later = due_items(vs, today=day(6))

    assert [(i.days_left, i.overdue) for i in later] == [
        (-9, True),
        (-1, True),
        (-1, True),
        (4, False),
        (25, False),
    ]


def test_today_defaults_to_the_real_date(vs: VaultSession) -> None:
    make_case(vs, "Now", due_date=dt.date.today())

    [item] = due_items(vs)

    assert (item.days_left, item.overdue) == (0, False)


def test_pages_follow_the_same_order(vs: VaultSession, world: World) -> None:
    everything = due_items(vs, today=TODAY)

    assert due_items(vs, today=TODAY, offset=1, limit=2) == everything[1:3]
    assert due_items(vs, today=TODAY, offset=10) == []


def test_an_empty_vault_has_nothing_due(vs: VaultSession) -> None:
    assert due_items(vs) == []
    assert expiring_soon(vs) == []


def test_negative_windows_and_pages_are_refused(vs: VaultSession) -> None:
    with pytest.raises(InvalidInputError):
        due_items(vs, within_days=-1)
    with pytest.raises(InvalidInputError):
        due_items(vs, offset=-1)
