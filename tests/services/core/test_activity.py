"""The activity log says what happened to which thing, newest first, never what it held."""

from __future__ import annotations

from tests.factories import item_id, make_case, make_checklist, make_note, make_person

from satchel.services.checklists import case_checklists
from satchel.services.core import activity
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, identity, notes, people


def test_created_changed_and_deleted_appear_newest_first(vs: VaultSession) -> None:
    case_id = make_case(vs, "Heron")
    cases.update_case(vs, case_id, title="Heron 2", due_date="2026-04-01")
    note_id = make_note(vs, "Plan", case_id=case_id)
    cases.delete_case(vs, case_id)

    events = [(e.action, e.kind, e.ref_id, e.detail) for e in activity.list_activity(vs)]
    assert events == [
        ("deleted", "case", case_id, ""),
        ("created", "note", note_id, ""),
        ("changed", "case", case_id, "title, due date"),
        ("created", "case", case_id, ""),
    ]
    times = [e.at for e in activity.list_activity(vs)]
    assert times == sorted(times, reverse=True)
    assert all(t.tzinfo is not None for t in times)
    assert [e.action for e in activity.list_activity(vs, offset=1, limit=2)] == [
        "created",
        "changed",
    ]


def test_every_kind_of_change_is_logged(vs: VaultSession) -> None:
    case_id = make_case(vs)
    person_id = make_person(vs)
    people.link_person(vs, case_id, person_id)
    identity.set_identity(vs, person_id, {"phone": "+7 900"})
    checklist_id = make_checklist(vs, case_id)
    case_checklists.set_item(vs, item_id(vs, checklist_id, "military-id"), state="done")
    note_id = make_note(vs, person_id=person_id)
    notes.save_note(vs, note_id, body="changed")
    people.delete_person(vs, person_id)

    logged = [(e.action, e.kind, e.detail) for e in reversed(activity.list_activity(vs))]
    assert logged == [
        ("created", "case", ""),
        ("created", "person", ""),
        ("changed", "case", "people"),
        ("changed", "identity", "phone"),
        ("created", "checklist", "personal-documents"),
        ("changed", "checklist_item", "state"),
        ("created", "note", ""),
        ("changed", "note", ""),
        ("deleted", "person", ""),
    ]


def test_no_event_holds_any_of_the_content(vs: VaultSession) -> None:
    sentinels = {
        "title": "Qwzcasetitle",
        "summary": "Qwzsummary",
        "next": "Qwznextaction",
        "tag": "Qwztag",
        "pseudonym": "Qwzpseudonym",
        "organisation": "Qwzorg",
        "contact": "Qwzcontact",
        "person notes": "Qwzpersonnotes",
        "note title": "Qwznotetitle",
        "note body": "Qwznotebody",
        "item note": "Qwzitemnote",
        "location": "Qwzlocation",
        "legal name": "Квзлегальноеимя",
        "phone": "+7 913 555 01 99",
    }
    case_id = make_case(vs, sentinels["title"], summary=sentinels["summary"])
    cases.update_case(vs, case_id, next_action=sentinels["next"], tags=[sentinels["tag"]])
    person_id = make_person(
        vs,
        sentinels["pseudonym"],
        organisation=sentinels["organisation"],
        contact_method=sentinels["contact"],
        identity={"legal_name": sentinels["legal name"]},
    )
    people.update_person(vs, person_id, notes=sentinels["person notes"])
    people.link_person(vs, case_id, person_id, sentinels["pseudonym"])
    identity.set_identity(vs, person_id, {"phone": sentinels["phone"]})
    identity.reveal_identity(vs, person_id)
    note_id = make_note(vs, sentinels["note title"], sentinels["note body"], case_id=case_id)
    notes.save_note(vs, note_id, body=sentinels["note body"] + " 2")
    checklist_id = make_checklist(vs, case_id)
    case_checklists.set_item(
        vs,
        item_id(vs, checklist_id, "travel-passport"),
        note=sentinels["item note"],
        original_location=sentinels["location"],
    )
    notes.delete_note(vs, note_id)
    cases.delete_case(vs, case_id)
    people.delete_person(vs, person_id)

    events = activity.list_activity(vs)
    assert len(events) >= 14
    # The log itself holds no content; what names a record at reading time is the title
    # or pseudonym the lists show (here from Recently deleted), never anything else.
    logged = repr([(e.at, e.action, e.kind, e.ref_id, e.detail) for e in events]).casefold()
    for field, sentinel in sentinels.items():
        assert sentinel.casefold() not in logged, field
    assert "qwz" not in logged
    assert "квз" not in logged
    named = {e.record for e in events}
    assert named == {"", sentinels["title"], sentinels["pseudonym"], sentinels["note title"]}
