"""Review dates: what counts as a template's review, when it is too old, and what is dishonest."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.factories import make_case
from tests.services.template_samples import template_text

from satchel.services.checklists import case_checklists
from satchel.services.core.session import VaultSession
from satchel.services.templates import shipped, user_templates
from satchel.services.templates.review import (
    checklist_review,
    is_stale,
    months_before,
    review_date,
    review_problems,
)

DAY = dt.date(2026, 12, 6)


def document(reviewed: str | None, *sources: str, item: str | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "sources": [
            {"title": "s", "url": "https://example.org", "last_reviewed": s} for s in sources
        ],
        "items": [{"id": "a"}, {"id": "b", **({"last_reviewed": item} if item else {})}],
    }
    if reviewed:
        doc["last_reviewed"] = reviewed
    return doc


def dated_template(key: str, reviewed: dt.date) -> bytes:
    text = template_text(key).replace(
        'jurisdiction = "DE"', f'jurisdiction = "DE"\nlast_reviewed = {reviewed.isoformat()}'
    )
    return text.replace(
        "last_reviewed = 2026-11-25", f"last_reviewed = {reviewed.isoformat()}"
    ).encode()


def test_the_template_s_own_date_wins_else_the_newest_source_or_item() -> None:
    assert review_date(document("2026-12-06", "2026-01-01")) == DAY
    assert review_date(document(None, "2026-01-01", "2026-03-01")) == dt.date(2026, 3, 1)
    assert review_date(document(None, "2026-01-01", item="2026-04-02")) == dt.date(2026, 4, 2)
    assert review_date(document(None)) is None


def test_six_calendar_months_make_a_template_old() -> None:
    assert months_before(DAY, 6) == dt.date(2026, 6, 6)
    assert months_before(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)
    assert not is_stale(dt.date(2026, 6, 6), DAY)
    assert is_stale(dt.date(2026, 6, 5), DAY)
    assert is_stale(None, DAY)  # never reviewed: treat as old


def test_future_dates_and_a_review_without_a_recent_source_are_reported() -> None:
    assert review_problems(document("2026-12-06", "2026-12-06", "2025-01-01"), DAY) == []
    assert review_problems(document("2026-12-07", "2026-12-06"), DAY) == [
        "last_reviewed 2026-12-07 is later than today (2026-12-06)"
    ]
    assert review_problems(document("2026-12-06", "2025-12-05"), DAY) == [
        "no source was reviewed in the year before 2026-12-06"
    ]
    assert review_problems(document("2026-12-01", "2026-12-05"), DAY) == [
        "sources[1].last_reviewed 2026-12-05 is after the review"
    ]
    assert review_problems(document("2026-12-06", "2026-12-06", item="2027-01-01"), DAY) == [
        "items[2].last_reviewed 2027-01-01 is later than today",
        "items[2].last_reviewed 2027-01-01 is after the review",
    ]
    assert review_problems(document(None, "2026-12-06"), DAY) == [
        "has no last_reviewed date of its own"
    ]


def test_a_checklist_reports_the_review_of_the_version_it_was_made_from(vs: VaultSession) -> None:
    today = dt.date.today()
    old = today - dt.timedelta(days=400)
    user_templates.import_template(vs, dated_template("old-route", old), "old-route.toml")
    user_templates.import_template(vs, dated_template("new-route", today), "new-route.toml")
    case_id = make_case(vs)
    old_list = case_checklists.add_checklist(vs, case_id, "old-route")
    new_list = case_checklists.add_checklist(vs, case_id, "new-route")

    assert checklist_review(vs, old_list).reviewed_on == old
    assert checklist_review(vs, old_list).stale
    fresh = checklist_review(vs, new_list)
    assert (fresh.reviewed_on, fresh.stale) == (today, False)
    listed = {t.key: t for t in shipped.list_templates(vs)}
    assert listed["old-route"].stale and not listed["new-route"].stale
