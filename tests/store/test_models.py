"""Constraints, cascades and types hold in the migrated database, not only in Python."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from satchel.store.models import (
    ActivityEvent,
    Attachment,
    AttachmentBlob,
    Case,
    CaseMember,
    Checklist,
    ChecklistItem,
    Note,
    NoteRevision,
    Person,
    PersonIdentityField,
    Tag,
)

CASE_CHILD_TABLES = (
    "case_members",
    "case_tags",
    "notes",
    "note_revisions",
    "note_tags",
    "checklists",
    "checklist_items",
    "attachments",
    "attachment_blobs",
)


def count(session: Session, table: str) -> int:
    return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def build_full_case(session: Session) -> Case:
    """A case with something in every table that hangs off it."""
    tag = Tag(name="urgent-docs")
    person = Person(pseudonym="Falcon", role="client")
    case = Case(title="Falcon / exit via Almaty", tags=[tag])
    case.members.append(CaseMember(person=person, role_in_case="client"))
    note = Note(title="First call", body="Talked about the passport.", tags=[tag])
    note.revisions.append(NoteRevision(title="First call", body="draft"))
    case.notes.append(note)
    checklist = Checklist(template_key="de-work-visa", template_version=1, title="Work visa")
    item = ChecklistItem(item_key="passport", position=0, title="Passport")
    checklist.items.append(item)
    case.checklists.append(checklist)
    scan = Attachment(
        case=case,
        checklist_item=item,
        filename="passport.jpg",
        media_type="image/jpeg",
        size=3,
        sha256="0" * 64,
        blob=AttachmentBlob(data=b"jpg"),
    )
    note_file = Attachment(
        case=case,
        note=note,
        filename="call.txt",
        media_type="text/plain",
        size=2,
        sha256="1" * 64,
        blob=AttachmentBlob(data=b"hi"),
    )
    session.add_all([case, scan, note_file])
    session.commit()
    return case


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Case, {"title": "x", "status": "archived"}),
        (Case, {"title": "x", "priority": "someday"}),
        (Person, {"pseudonym": "x", "role": "spy"}),
    ],
)
def test_check_constraints_refuse_unknown_values(
    session: Session, model: type[Case | Person], values: dict[str, str]
) -> None:
    session.add(model(**values))
    with pytest.raises(IntegrityError, match="CHECK constraint failed"):
        session.commit()


def test_item_state_and_identity_field_are_checked(session: Session) -> None:
    case = build_full_case(session)
    item = case.checklists[0].items[0]
    item.state = "lost"
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()
    session.add(PersonIdentityField(person_id=case.members[0].person_id, field="shoe", sealed=b""))
    with pytest.raises(IntegrityError):
        session.commit()


@pytest.mark.parametrize(("first", "second"), [("Müller", "MÜLLER"), ("Falcon", " falcon ")])
def test_pseudonyms_are_unique_whatever_the_case(session: Session, first: str, second: str) -> None:
    session.add(Person(pseudonym=first))
    session.commit()
    session.add(Person(pseudonym=second))
    with pytest.raises(IntegrityError, match="UNIQUE"):
        session.commit()


def test_tag_names_are_unique_whatever_the_case(session: Session) -> None:
    session.add(Tag(name="Visa"))
    session.commit()
    session.add(Tag(name="visa"))
    with pytest.raises(IntegrityError, match="UNIQUE"):
        session.commit()


def test_deleting_a_case_in_sql_removes_everything_it_owns(session: Session) -> None:
    build_full_case(session)
    assert all(count(session, table) > 0 for table in CASE_CHILD_TABLES)

    session.execute(text("DELETE FROM cases"))
    session.commit()

    assert {table: count(session, table) for table in CASE_CHILD_TABLES} == dict.fromkeys(
        CASE_CHILD_TABLES, 0
    )
    assert count(session, "persons") == 1  # people outlive their cases
    assert count(session, "tags") == 1


def test_deleting_a_case_through_the_orm_removes_everything_it_owns(engine: Engine) -> None:
    with Session(engine) as session:
        case_id = build_full_case(session).id
    with Session(engine) as session:
        session.delete(session.get_one(Case, case_id))
        session.commit()
        assert all(count(session, table) == 0 for table in CASE_CHILD_TABLES)


def test_deleting_a_person_removes_identity_fields_memberships_and_notes(
    session: Session,
) -> None:
    case = build_full_case(session)
    person = case.members[0].person
    person.identity_fields.append(PersonIdentityField(field="legal_name", sealed=b"\x01sealed"))
    person.person_notes.append(Note(title="about Falcon"))
    session.commit()

    session.execute(text("DELETE FROM persons"))
    session.commit()

    assert count(session, "person_identity_fields") == 0
    assert count(session, "case_members") == 0
    assert session.scalar(select(func.count()).select_from(Note)) == 1  # the case's own note


def test_deleting_a_checklist_item_keeps_its_scan_in_the_case(session: Session) -> None:
    case = build_full_case(session)
    session.execute(text("DELETE FROM checklist_items"))
    session.commit()
    session.expire_all()
    scan = session.scalars(select(Attachment).where(Attachment.filename == "passport.jpg")).one()
    assert scan.checklist_item_id is None
    assert scan.case_id == case.id
    assert count(session, "attachment_blobs") == 2


def test_checklist_items_come_back_in_position_order(session: Session) -> None:
    case = build_full_case(session)
    checklist = case.checklists[0]
    checklist.items.extend(
        ChecklistItem(item_key=f"k{position}", position=position, title=f"item {position}")
        for position in (5, 2, 9)
    )
    session.commit()
    session.expire_all()
    assert [item.position for item in checklist.items] == [0, 2, 5, 9]


def test_utc_datetime_round_trips_aware_values(session: Session) -> None:
    moment = datetime(2024, 3, 1, 23, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))
    event = ActivityEvent(at=moment, action="created", kind="case", ref_id=uuid.uuid4())
    session.add(event)
    session.commit()
    session.expire_all()

    loaded = session.get_one(ActivityEvent, event.id)
    assert loaded.at == moment
    assert loaded.at.tzinfo is UTC
    assert loaded.at.hour == 21
    stored = session.execute(text("SELECT at FROM activity_events")).scalar_one()
    assert stored.startswith("2024-03-01 21:30:15")  # naive UTC on disk


def test_utc_datetime_refuses_naive_values(session: Session) -> None:
    session.add(ActivityEvent(at=datetime(2024, 3, 1, 12), action="created", kind="case"))
    with pytest.raises(StatementError, match="naive datetime"):
        session.commit()


def test_defaults_fill_a_new_case(session: Session) -> None:
    before = datetime.now(UTC)
    case = Case(title="Heron")
    session.add(case)
    session.commit()
    assert (case.status, case.priority, case.summary, case.next_action) == (
        "open",
        "normal",
        "",
        "",
    )
    assert case.opened_at >= before
    assert isinstance(case.id, uuid.UUID)
