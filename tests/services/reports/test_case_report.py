"""The content of a case report: redacted by default, chosen notes only, exports logged."""
# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)

from __future__ import annotations

import dataclasses
import uuid

import pytest
from tests.factories import item_id, make_case, make_checklist, make_note, make_person

from satchel.errors import InvalidInputError, NotFoundError
from satchel.services.checklists import case_checklists
from satchel.services.core import activity
from satchel.services.core.session import VaultSession
from satchel.services.reports.case_report import (
    CaseReport,
    build_case_report,
    record_report_written,
)

LEGAL_NAME = "Zebulon Quartermaine-Okafor"
PHONE = "+49 151 5550 1234"


def _all_text(report: CaseReport) -> str:
    return repr(dataclasses.asdict(report))


@pytest.fixture
def case_id(vs: VaultSession) -> uuid.UUID:
    case = make_case(vs, "Олег В. — путь", tags=["visa"], summary="Waiting in Astana")
    make_person(
        vs,
        "Олег В.",
        identity={"legal_name": LEGAL_NAME, "phone": PHONE},
        case_id=case,
        role_in_case="client",
    )
    make_person(vs, "Marta K.", role="lawyer", organisation="Pro Asyl", case_id=case)
    checklist = make_checklist(vs, case)
    case_checklists.set_item(vs, item_id(vs, checklist, "internal-passport"), state="done")
    return case


def test_report_is_redacted_by_default(vs: VaultSession, case_id: uuid.UUID) -> None:
    report = build_case_report(vs, case_id)
    assert [p.pseudonym for p in report.people] == ["Marta K.", "Олег В."]
    assert all(p.identity == () for p in report.people)
    text = _all_text(report)
    assert LEGAL_NAME not in text
    assert PHONE not in text
    assert not report.with_identities
    assert not any(e.action == "revealed" for e in activity.list_activity(vs))


def test_identities_only_when_asked_and_the_reveal_is_logged(
    vs: VaultSession, case_id: uuid.UUID
) -> None:
    report = build_case_report(vs, case_id, with_identities=True)
    oleg = next(p for p in report.people if p.pseudonym == "Олег В.")
    assert dict(oleg.identity) == {"legal_name": LEGAL_NAME, "phone": PHONE}
    marta = next(p for p in report.people if p.pseudonym == "Marta K.")
    assert marta.identity == ()
    assert marta.organisation == "Pro Asyl"
    assert [e.action for e in activity.list_activity(vs)].count("revealed") == 2


def test_status_checklist_progress_and_case_fields(vs: VaultSession, case_id: uuid.UUID) -> None:
    report = build_case_report(vs, case_id)
    assert report.title == "Олег В. — путь"
    assert report.status == "open"
    assert report.tags == ("visa",)
    assert report.summary == "Waiting in Astana"
    (checklist,) = report.checklists
    done, needed = checklist.progress
    assert done == 1
    assert needed == len(checklist.items) > 1
    assert report.progress == (done, needed)
    assert {item.state for item in checklist.items} == {"done", "todo"}


def test_all_notes_by_default_or_just_the_chosen_ones(vs: VaultSession, case_id: uuid.UUID) -> None:
    first = make_note(vs, "First meeting", "Met in **Astana**", case_id=case_id, tags=["meeting"])
    second = make_note(vs, "Embassy call", "Needs an appointment", case_id=case_id)
    assert [n.title for n in build_case_report(vs, case_id).notes] == [
        "First meeting",
        "Embassy call",
    ]
    chosen = build_case_report(vs, case_id, note_ids=[str(second)])
    assert [(n.title, n.body) for n in chosen.notes] == [("Embassy call", "Needs an appointment")]
    assert build_case_report(vs, case_id, note_ids=[]).notes == ()
    both = build_case_report(vs, case_id, note_ids=[second, first, second])
    assert [n.title for n in both.notes] == ["First meeting", "Embassy call"]
    assert both.notes[0].tags == ("meeting",)


def test_a_note_from_elsewhere_is_refused(vs: VaultSession, case_id: uuid.UUID) -> None:
    other_case = make_case(vs, "Another case")
    stranger = make_note(vs, "Not this case", "secret elsewhere", case_id=other_case)
    with pytest.raises(InvalidInputError, match="not one of this case's notes"):
        build_case_report(vs, case_id, note_ids=[stranger])
    with pytest.raises(InvalidInputError, match="is not a note id"):
        build_case_report(vs, case_id, note_ids=["nonsense"])


def test_unknown_case(vs: VaultSession) -> None:
    with pytest.raises(NotFoundError):
        build_case_report(vs, uuid.uuid4())


def test_writing_is_logged_with_what_went_out(vs: VaultSession, case_id: uuid.UUID) -> None:
    record_report_written(vs, build_case_report(vs, case_id))
    record_report_written(vs, build_case_report(vs, case_id, with_identities=True))
    exported = [e for e in activity.list_activity(vs) if e.action == "exported"]
    assert sorted(e.detail for e in exported) == ["report", "report with identities"]
    assert all(e.ref_id == case_id for e in exported)
