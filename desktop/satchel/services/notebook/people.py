"""People: clients and contacts, known in every list by their pseudonym alone."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from satchel.errors import InvalidInputError
from satchel.services.core import activity
from satchel.services.core.indexing import index_person
from satchel.services.core.records import choice, clean_text, require, utc_now
from satchel.services.core.session import VaultSession
from satchel.services.core.tags import resolve_tags
from satchel.services.notebook.identity import fields_set, seal_identity
from satchel.services.notebook.record_changes import (
    delete_record,
    finish_create,
    finish_update,
)
from satchel.services.notebook.views import PersonDetail, PersonSummary
from satchel.store.enums import PersonRole
from satchel.store.models import Case, CaseMember, Note, Person
from satchel.store.types import fold_key

ROLES = tuple(r.value for r in PersonRole)
MAX_PSEUDONYM = 100
MAX_TEXT = 20_000


def _role_in_case(text: str) -> str:
    return clean_text(text, "role in the case", max_length=MAX_PSEUDONYM)


def _check_pseudonym_free(
    session: Session, pseudonym: str, except_id: uuid.UUID | None = None
) -> None:
    query = select(Person.id).where(Person.pseudonym_key == fold_key(pseudonym))
    if except_id is not None:
        query = query.where(Person.id != except_id)
    if session.scalar(query.limit(1)) is not None:
        raise InvalidInputError(problem="pseudonym_taken", pseudonym=pseudonym)


def create_person(
    vs: VaultSession,
    *,
    pseudonym: str,
    role: str = "client",
    organisation: str = "",
    contact_method: str = "",
    notes: str = "",
    tags: Iterable[str] = (),
    identity: Mapping[str, str | None] | None = None,
    case_id: uuid.UUID | str | None = None,
    role_in_case: str = "",
) -> uuid.UUID:
    name = clean_text(pseudonym, "pseudonym", max_length=MAX_PSEUDONYM, required=True)
    now = utc_now()
    person = Person(
        id=uuid.uuid4(),
        pseudonym=name,
        role=choice(role, "role", ROLES),
        organisation=clean_text(organisation, "organisation", max_length=MAX_PSEUDONYM * 2),
        contact_method=clean_text(
            contact_method, "safe way to reach", max_length=MAX_PSEUDONYM * 5
        ),
        notes=clean_text(notes, "notes", max_length=MAX_TEXT),
        created_at=now,
        updated_at=now,
    )
    with vs.transaction() as session:
        _check_pseudonym_free(session, name)
        person.tags = resolve_tags(session, tags)
        session.add(person)
        if identity:
            seal_identity(session, vs.sealer, person, identity)
        if case_id is not None:
            case = require(session, Case, case_id, "case")
            session.add(
                CaseMember(
                    case_id=case.id,
                    person_id=person.id,
                    role_in_case=_role_in_case(role_in_case),
                    added_at=now,
                )
            )
        return finish_create(session, "person", person, index_person)


def update_person(
    vs: VaultSession,
    person_id: uuid.UUID | str,
    *,
    pseudonym: str | None = None,
    role: str | None = None,
    organisation: str | None = None,
    contact_method: str | None = None,
    notes: str | None = None,
    tags: Iterable[str] | None = None,
) -> None:
    with vs.transaction() as session:
        person = require(session, Person, person_id, "person")
        changed = []
        if pseudonym is not None:
            name = clean_text(pseudonym, "pseudonym", max_length=MAX_PSEUDONYM, required=True)
            _check_pseudonym_free(session, name, person.id)
            person.pseudonym = name
            changed.append("pseudonym")
        if role is not None:
            person.role = choice(role, "role", ROLES)
            changed.append("role")
        if organisation is not None:
            person.organisation = clean_text(
                organisation, "organisation", max_length=MAX_PSEUDONYM * 2
            )
            changed.append("organisation")
        if contact_method is not None:
            person.contact_method = clean_text(
                contact_method, "safe way to reach", max_length=MAX_PSEUDONYM * 5
            )
            changed.append("contact")
        if notes is not None:
            person.notes = clean_text(notes, "notes", max_length=MAX_TEXT)
            changed.append("notes")
        if tags is not None:
            person.tags = resolve_tags(session, tags)
            changed.append("tags")
        finish_update(session, "person", person, changed, index_person, tags_given=tags is not None)


def delete_person(vs: VaultSession, person_id: uuid.UUID | str, *, keep: bool = True) -> None:
    """Delete a person, their identity compartment and the notes kept on them.

    They go to Recently deleted unless `keep` is False (then they are purged at once).
    """
    with vs.transaction() as session:
        person = require(session, Person, person_id, "person")
        notes = session.scalars(select(Note.id).where(Note.person_id == person.id))
        within = [("note", note_id) for note_id in notes]
        delete_record(session, "person", person, person.pseudonym, keep=keep, indexed_within=within)


def link_person(
    vs: VaultSession, case_id: uuid.UUID | str, person_id: uuid.UUID | str, role_in_case: str = ""
) -> None:
    with vs.transaction() as session:
        case = require(session, Case, case_id, "case")
        person = require(session, Person, person_id, "person")
        member = session.get(CaseMember, (case.id, person.id))
        if member is None:
            session.add(
                CaseMember(
                    case_id=case.id,
                    person_id=person.id,
                    role_in_case=_role_in_case(role_in_case),
                    added_at=utc_now(),
                )
            )
        else:
            member.role_in_case = _role_in_case(role_in_case)
        case.updated_at = utc_now()
        activity.record(session, "changed", "case", case.id, "people")


def unlink_person(vs: VaultSession, case_id: uuid.UUID | str, person_id: uuid.UUID | str) -> None:
    with vs.transaction() as session:
        case = require(session, Case, case_id, "case")
        person = require(session, Person, person_id, "person")
        member = session.get(CaseMember, (case.id, person.id))
        if member is not None:
            session.delete(member)
            case.updated_at = utc_now()
            activity.record(session, "changed", "case", case.id, "people")


def count_people(vs: VaultSession, *, role: str | None = None) -> int:
    with vs.reading() as session:
        query = select(func.count(Person.id))
        if role:
            query = query.where(Person.role == choice(role, "role", ROLES))
        return session.scalar(query) or 0


def list_people(
    vs: VaultSession, *, role: str | None = None, offset: int = 0, limit: int = 500
) -> list[PersonSummary]:
    """Pseudonyms only, alphabetical; one page at a time."""
    with vs.reading() as session:
        query = select(Person).options(selectinload(Person.tags))
        if role:
            query = query.where(Person.role == choice(role, "role", ROLES))
        query = query.order_by(Person.pseudonym_key, Person.id)
        return [_summary(p) for p in session.scalars(query.offset(offset).limit(limit))]


def _summary(person: Person) -> PersonSummary:
    return PersonSummary(
        id=person.id,
        pseudonym=person.pseudonym,
        role=person.role,
        organisation=person.organisation,
        tags=tuple(sorted(t.name for t in person.tags)),
        updated_at=person.updated_at,
    )


def get_person(vs: VaultSession, person_id: uuid.UUID | str) -> PersonDetail:
    """Everything but the identity values: only which identity fields are set."""
    with vs.reading() as session:
        person = require(session, Person, person_id, "person")
        memberships = session.execute(
            select(Case.id, Case.title, CaseMember.role_in_case)
            .join(CaseMember, CaseMember.case_id == Case.id)
            .where(CaseMember.person_id == person.id)
            .order_by(Case.updated_at.desc())
        ).all()
        return PersonDetail(
            **vars(_summary(person)),
            contact_method=person.contact_method,
            notes=person.notes,
            created_at=person.created_at,
            identity_fields_set=fields_set(person),
            cases=tuple((row[0], row[1], row[2]) for row in memberships),
        )
