"""Cases: create, change, list, page, find by id prefix, delete."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from tests.factories import make_case, make_checklist, make_note, make_person

from satchel.errors import InvalidInputError, NotFoundError
from satchel.services.checklists import case_checklists
from satchel.services.core import search
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, notes, people
from satchel.services.notebook.cases import CaseFilter
from satchel.store.models import Case


def test_a_new_case_shows_what_was_typed(vs: VaultSession) -> None:
    case_id = cases.create_case(
        vs,
        title="  Falcon: exit via Almaty  ",
        status="Waiting",
        priority="high",
        tags=["Visa", "#kz", "visa"],
        summary="Waiting for the German embassy.",
        next_action="Call the lawyer",
        due_date="2026-03-31",
    )

    case = cases.get_case(vs, case_id)
    assert case.title == "Falcon: exit via Almaty"
    assert case.status == "waiting"
    assert case.priority == "high"
    assert sorted(case.tags, key=str.casefold) == ["kz", "Visa"]  # "#" dropped, "visa" folded
    assert case.summary == "Waiting for the German embassy."
    assert case.next_action == "Call the lawyer"
    assert case.due_date == dt.date(2026, 3, 31)
    assert (case.people, case.notes, case.checklists) == ((), (), ())
    assert case.opened_at.tzinfo is not None


def test_update_changes_only_the_given_fields(vs: VaultSession) -> None:
    case_id = make_case(vs, "Heron", summary="first", due_date="2026-01-10", tags=["a"])
    before = cases.get_case(vs, case_id)

    cases.update_case(vs, case_id, status="closed", summary="second")
    after = cases.get_case(vs, case_id)
    assert (after.status, after.summary) == ("closed", "second")
    assert (after.title, after.due_date, after.tags) == ("Heron", dt.date(2026, 1, 10), ("a",))
    assert after.updated_at > before.updated_at

    cases.update_case(vs, case_id, due_date=None, tags=[])
    cleared = cases.get_case(vs, case_id)
    assert cleared.due_date is None
    assert cleared.tags == ()


def test_update_with_nothing_to_change_leaves_the_case_alone(vs: VaultSession) -> None:
    case_id = make_case(vs, "Heron")
    before = cases.get_case(vs, case_id)
    cases.update_case(vs, case_id)
    assert cases.get_case(vs, case_id) == before


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"title": ""}, ["case title", "empty"]),
        ({"title": "   "}, ["case title", "empty"]),
        ({"title": "x" * 201}, ["case title", "too long", "201"]),
        ({"title": "ok", "status": "pending"}, ["status", "pending", "open", "waiting"]),
        ({"title": "ok", "priority": "critical"}, ["priority", "critical", "urgent"]),
        ({"title": "ok", "due_date": "31/12/2026"}, ["due date", "31/12/2026", "2026-03-31"]),
        ({"title": "ok", "due_date": "2026-02-30"}, ["due date", "2026-02-30"]),
        ({"title": "ok", "summary": "y" * 20_001}, ["summary", "too long"]),
        ({"title": "ok", "tags": ["t" * 41]}, ["tag", "too long"]),
        ({"title": "nul \x00 inside"}, ["case title", "NUL"]),
    ],
)
def test_bad_input_is_refused_with_a_message_naming_the_field(
    vs: VaultSession, fields: dict[str, Any], words: list[str]
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        cases.create_case(vs, **fields)
    for word in words:
        assert word in str(refused.value)
    assert cases.count_cases(vs) == 0


def test_a_refused_update_changes_nothing(vs: VaultSession) -> None:
    case_id = make_case(vs, "Heron", status="open", due_date="2026-01-10")
    before = cases.get_case(vs, case_id)

    with pytest.raises(InvalidInputError, match="due date"):
        cases.update_case(vs, case_id, status="closed", due_date="31/12/2026")
    with pytest.raises(InvalidInputError, match="case title"):
        cases.update_case(vs, case_id, title="", summary="changed")

    assert cases.get_case(vs, case_id) == before


def test_filters_by_status_tag_and_due_date(vs: VaultSession) -> None:
    a = make_case(vs, "A", status="open", tags=["Visa"], due_date="2026-01-01")
    b = make_case(vs, "B", status="waiting", tags=["visa", "Kazakhstan"], due_date="2026-02-01")
    c = make_case(vs, "C", status="open", tags=["housing"], due_date="2026-03-01")
    d = make_case(vs, "D", status="closed")

    def ids(where: CaseFilter) -> set[uuid.UUID]:
        found = {summary.id for summary in cases.list_cases(vs, where)}
        assert cases.count_cases(vs, where) == len(found)
        return found

    assert ids(CaseFilter()) == {a, b, c, d}
    assert ids(CaseFilter(status="open")) == {a, c}
    assert ids(CaseFilter(status="WAITING")) == {b}
    assert ids(CaseFilter(tag="VISA")) == {a, b}
    assert ids(CaseFilter(tag=" kazakhstan ")) == {b}
    assert ids(CaseFilter(tag="nothing-tagged-so")) == set()
    assert ids(CaseFilter(due_before=dt.date(2026, 2, 1))) == {a, b}  # inclusive; D has none
    assert ids(CaseFilter(status="open", tag="visa", due_before=dt.date(2026, 12, 31))) == {a}

    with pytest.raises(InvalidInputError, match="status"):
        cases.list_cases(vs, CaseFilter(status="archived"))


def test_every_sort_key_orders_the_list(vs: VaultSession) -> None:
    charlie = make_case(vs, "charlie", priority="low", status="closed", due_date="2026-05-01")
    alpha = make_case(vs, "Alpha", priority="urgent", status="waiting")
    bravo = make_case(vs, "bravo", priority="high", status="open", due_date="2026-04-01")
    delta = make_case(vs, "Delta", priority="normal", status="open", due_date="2026-06-01")
    cases.update_case(vs, charlie, summary="touched last")

    def order(sort: str, *, descending: bool = False) -> list[uuid.UUID]:
        return [c.id for c in cases.list_cases(vs, sort=sort, descending=descending)]

    assert order("title") == [alpha, bravo, charlie, delta]  # without regard to case
    assert order("title", descending=True) == [delta, charlie, bravo, alpha]
    assert order("opened") == [charlie, alpha, bravo, delta]
    assert order("updated", descending=True) == [charlie, delta, bravo, alpha]
    assert order("priority", descending=True) == [alpha, bravo, delta, charlie]
    assert order("due")[-3:] == [bravo, charlie, delta]
    assert order("status")[-2:] == [alpha, charlie]  # open first, then waiting, then closed
    assert set(order("status")[:2]) == {bravo, delta}
    assert cases.list_cases(vs)[0].id == charlie  # default: most recently updated first

    with pytest.raises(InvalidInputError, match="title"):
        cases.list_cases(vs, sort="colour")


@pytest.mark.parametrize("sort", ["updated", "title", "due", "priority"])
def test_pages_are_disjoint_and_cover_every_case(vs: VaultSession, sort: str) -> None:
    made = {
        make_case(
            vs, f"Case {n}", priority=("low", "high")[n % 2], due_date=f"2026-01-0{n % 3 + 1}"
        )
        for n in range(8)
    }
    pages = [cases.list_cases(vs, sort=sort, offset=offset, limit=3) for offset in (0, 3, 6, 9)]

    assert [len(page) for page in pages] == [3, 3, 2, 0]
    seen = [summary.id for page in pages for summary in page]
    assert len(seen) == len(set(seen)) == 8
    assert set(seen) == made
    assert seen == [c.id for c in cases.list_cases(vs, sort=sort)]  # pages follow the full list
    assert cases.count_cases(vs) == 8


@pytest.mark.parametrize("sort", ["updated", "title", "due", "priority", "status"])
@pytest.mark.parametrize("descending", [True, False])
def test_pages_read_from_the_end_are_the_same_rows(
    vs: VaultSession, sort: str, descending: bool
) -> None:
    """Ctrl+End reads the last page backwards: the same rows, in the same order, ties and
    cases without a due date included."""
    for n in range(9):
        due = None if n % 4 == 0 else f"2026-01-0{n % 3 + 1}"
        make_case(vs, f"Case {n % 3}", priority=("low", "high")[n % 2], due_date=due)
    forward = [c.id for c in cases.list_cases(vs, sort=sort, descending=descending)]
    for offset, limit in ((0, 2), (0, 9), (3, 4), (7, 5)):
        backward = cases.list_cases(
            vs, sort=sort, descending=descending, offset=offset, limit=limit, from_end=True
        )
        end = len(forward) - offset
        assert [c.id for c in backward] == forward[max(end - limit, 0) : end]


def test_a_case_shows_its_people_notes_and_checklists(vs: VaultSession) -> None:
    case_id = make_case(vs, "Falcon")
    falcon = make_person(vs, "Falcon", role="client", case_id=case_id, role_in_case="client")
    lawyer = make_person(vs, "Anwalt B", role="lawyer")
    people.link_person(vs, case_id, lawyer, "asylum lawyer")
    first = make_note(vs, "First call", case_id=case_id)
    pinned = make_note(vs, "Safe contacts", case_id=case_id, pinned=True)
    make_note(vs, "About Falcon himself", person_id=falcon)  # a person's note, not the case's
    checklist = make_checklist(vs, case_id)

    case = cases.get_case(vs, case_id)
    assert [(m.pseudonym, m.role, m.role_in_case) for m in case.people] == [
        ("Anwalt B", "lawyer", "asylum lawyer"),
        ("Falcon", "client", "client"),
    ]
    assert [n.id for n in case.notes] == [pinned, first]
    assert [c.id for c in case.checklists] == [checklist]
    items = case_checklists.get_checklist(vs, checklist).items
    assert case.checklists[0].progress == (0, len(items)) and len(items) > 10


def test_a_case_is_found_by_a_unique_id_prefix(vs: VaultSession) -> None:
    case_id = make_case(vs, "Prefix")
    make_case(vs, "Another")

    for typed in (
        case_id.hex[:6],
        case_id.hex[:12].upper(),
        str(case_id)[:13],  # with its dash, as printed
        f"  {case_id.hex[:8]}  ",
        str(case_id),
        case_id.hex,
    ):
        assert cases.get_case(vs, typed).id == case_id, typed


@pytest.mark.parametrize("typed", ["abcde", "", "zzzzzzzz", "0123456789abcdef0123456789abcdef0"])
def test_a_malformed_id_is_named_as_not_an_id(vs: VaultSession, typed: str) -> None:
    make_case(vs)
    with pytest.raises(InvalidInputError, match="is not a case id"):
        cases.get_case(vs, typed)


def test_an_unknown_id_or_prefix_is_not_found(vs: VaultSession) -> None:
    case_id = make_case(vs)
    missing = "f" * 8 if not case_id.hex.startswith("ffff") else "0" * 8
    with pytest.raises(NotFoundError, match=f"No case with id {missing}"):
        cases.get_case(vs, missing)
    with pytest.raises(NotFoundError, match="No case"):
        cases.get_case(vs, uuid.uuid4())
    with pytest.raises(NotFoundError):
        cases.update_case(vs, missing, title="x")
    with pytest.raises(NotFoundError):
        cases.delete_case(vs, missing)


def test_an_ambiguous_prefix_asks_for_more_of_the_id(vs: VaultSession) -> None:
    # Two ids sharing eight hex digits cannot be made through the service by chance, so these
    # rows are written directly; the lookup under test is the service's.
    shared = "abcdef12"
    first, second = uuid.UUID(shared + "0" * 24), uuid.UUID(shared + "f" * 24)
    with vs.transaction() as session:
        for ident in (first, second):
            session.add(Case(id=ident, title=f"Twin {ident.hex[-1]}", status="open"))

    with pytest.raises(InvalidInputError, match="matches more than one case; type more"):
        cases.get_case(vs, shared)
    assert cases.get_case(vs, shared + "0").id == first
    assert cases.get_case(vs, shared + "f").id == second


def test_deleting_a_case_takes_its_notes_and_checklists_but_keeps_its_people(
    vs: VaultSession,
) -> None:
    case_id = make_case(vs, "Osprey evacuation", summary="osprey route via Aktau")
    person = make_person(vs, "Osprey", notes="osprey prefers Signal", case_id=case_id)
    note = make_note(vs, "Osprey call", "osprey needs a new passport", case_id=case_id)
    checklist = make_checklist(vs, case_id)
    kept = make_case(vs, "Another case", summary="osprey is mentioned here too")
    assert {r.kind for r in search.search(vs, "osprey")} == {"case", "person", "note"}
    assert any(
        r.case_id == case_id for r in search.search(vs, "passport", kinds={"checklist_item"})
    )

    cases.delete_case(vs, case_id)

    with pytest.raises(NotFoundError):
        cases.get_case(vs, case_id)
    with pytest.raises(NotFoundError):
        notes.get_note(vs, note)
    with pytest.raises(NotFoundError):
        case_checklists.get_checklist(vs, checklist)
    hits = search.search(vs, "osprey")
    assert [(r.kind, r.id) for r in hits if r.kind != "person"] == [("case", kept)]
    assert [r.id for r in hits if r.kind == "person"] == [person]
    assert search.search(vs, "passport") == []
    assert people.get_person(vs, person).cases == ()
    assert people.get_person(vs, person).notes == "osprey prefers Signal"
    assert [c.id for c in cases.list_cases(vs)] == [kept]


def test_the_case_list_carries_progress_over_all_checklists(vs: VaultSession) -> None:
    busy, idle = make_case(vs, "Busy"), make_case(vs, "Idle")
    first, second = make_checklist(vs, busy), make_checklist(vs, busy)
    items = [i.id for i in case_checklists.get_checklist(vs, first).items]
    total = len(items) + len(case_checklists.get_checklist(vs, second).items)
    case_checklists.set_item(vs, items[0], state="done")
    case_checklists.set_item(vs, items[1], state="done")
    case_checklists.set_item(vs, items[2], state="not_needed")
    case_checklists.set_item(vs, items[3], state="in_progress")

    listed = {c.title: c.progress for c in cases.list_cases(vs, sort="title", descending=False)}

    assert listed == {"Busy": (2, total - 1), "Idle": (0, 0)}
    assert cases.get_case(vs, busy).progress == (2, total - 1)
    assert cases.get_case(vs, idle).progress == (0, 0)
