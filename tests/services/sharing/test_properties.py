"""Well-formed bundles with arbitrary content: each is merged whole or refused whole, and
importing it a second time adds, updates and conflicts with nothing. (Hypothesis reuses
the test's vault across examples, so later bundles meet the earlier ones' records.)"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from tests.services.bundle_helpers import snapshot

from satchel.errors import InvalidInputError
from satchel.services.core.session import VaultSession
from satchel.services.sharing.bundle_format import Manifest, pack
from satchel.services.sharing.identity import encrypt_to_recipients, vault_identity
from satchel.services.sharing.importing import import_bundle, open_bundle

_text = st.text(max_size=40)
_name = st.text(min_size=1, max_size=30).filter(lambda t: t.strip() != "")
_times = st.datetimes(
    min_value=dt.datetime(1, 1, 2),
    max_value=dt.datetime(9999, 12, 30),
    timezones=st.sampled_from(
        [dt.UTC, dt.timezone(dt.timedelta(hours=-14)), dt.timezone(dt.timedelta(hours=5))]
    ),
).map(lambda t: t.isoformat())
_tags = st.lists(st.text(min_size=1, max_size=12).filter(lambda t: t.strip() != ""), max_size=3)
_ids = st.uuids().map(str)


@st.composite
def bundles(draw: st.DrawFn) -> dict[str, list[dict[str, Any]]]:
    people = [
        {
            "id": draw(_ids),
            "pseudonym": draw(_name),
            "role": draw(st.sampled_from(["client", "lawyer", "ngo", "other"])),
            "organisation": draw(_text),
            "contact_method": draw(_text),
            "notes": draw(_text),
            "created_at": draw(_times),
            "updated_at": draw(_times),
            "tags": draw(_tags),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    cases = [
        {
            "id": draw(_ids),
            "title": draw(_name),
            "summary": draw(_text),
            "status": draw(st.sampled_from(["open", "waiting", "closed"])),
            "priority": draw(st.sampled_from(["low", "normal", "urgent"])),
            "next_action": draw(_text),
            "due_date": draw(st.none() | st.dates().map(lambda d: d.isoformat())),
            "opened_at": draw(_times),
            "updated_at": draw(_times),
            "tags": draw(_tags),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    case_ids = [c["id"] for c in cases]
    person_ids = [p["id"] for p in people]
    members = []
    if cases and people:
        pairs = draw(
            st.sets(st.tuples(st.sampled_from(case_ids), st.sampled_from(person_ids)), max_size=3)
        )
        members = [
            {"case_id": c, "person_id": p, "role_in_case": draw(_text), "added_at": draw(_times)}
            for c, p in sorted(pairs)
        ]
    notes = [
        {
            "id": draw(_ids),
            "case_id": draw(st.none() | st.sampled_from(case_ids)) if cases else None,
            "person_id": draw(st.none() | st.sampled_from(person_ids)) if people else None,
            "title": draw(_name),
            "body": draw(st.text(max_size=200)),
            "pinned": draw(st.booleans()),
            "created_at": draw(_times),
            "updated_at": draw(_times),
            "tags": draw(_tags),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    return {
        "people": people,
        "cases": cases,
        "case_members": members,
        "notes": notes,
        "checklists": [],
        "checklist_items": [],
        "attachments": [],
    }


def _cipher(vs: VaultSession, data: dict[str, list[dict[str, Any]]]) -> bytes:
    manifest = Manifest("2026-03-31T10:00:00+00:00", "vault", (), ())
    return encrypt_to_recipients(pack(manifest, data, {}), [vault_identity(vs).to_public()])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=bundles())
def test_merged_whole_or_refused_whole_and_idempotent(
    vs: VaultSession, data: dict[str, list[dict[str, Any]]]
) -> None:
    cipher = _cipher(vs, data)
    before = snapshot(vs)
    try:
        first = import_bundle(vs, open_bundle(vs, cipher))
    except InvalidInputError as error:
        event(f"refused: {type(error).__name__}")
        assert snapshot(vs) == before
        return
    event("merged with conflicts" if first.conflicts else "merged")
    again = import_bundle(vs, open_bundle(vs, cipher))
    assert again.totals["new"] == again.totals["updated"] == again.totals["conflict"] == 0
