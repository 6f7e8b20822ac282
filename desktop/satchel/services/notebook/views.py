"""What services hand out: frozen plain values, never ORM rows or sessions."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class CaseSummary:
    id: uuid.UUID
    title: str
    status: str
    priority: str
    tags: tuple[str, ...]
    next_action: str
    due_date: dt.date | None
    opened_at: dt.datetime
    updated_at: dt.datetime
    progress: tuple[int, int]  # (done items, items that are needed: not "not_needed")


@dataclass(frozen=True)
class MemberView:
    person_id: uuid.UUID
    pseudonym: str
    role: str
    role_in_case: str


@dataclass(frozen=True)
class NoteSummary:
    id: uuid.UUID
    case_id: uuid.UUID | None
    person_id: uuid.UUID | None
    title: str
    pinned: bool
    tags: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class NoteDetail(NoteSummary):
    body: str


@dataclass(frozen=True)
class RevisionView:
    id: uuid.UUID
    note_id: uuid.UUID
    title: str
    body: str
    saved_at: dt.datetime


@dataclass(frozen=True)
class ChecklistItemView:
    id: uuid.UUID
    item_key: str
    position: int
    title: str
    help: str
    category: str
    required: bool
    state: str
    due_date: dt.date | None
    original_location: str
    note: str


@dataclass(frozen=True)
class ChecklistView:
    id: uuid.UUID
    case_id: uuid.UUID
    title: str
    template_key: str
    template_version: int
    items: tuple[ChecklistItemView, ...]

    @property
    def progress(self) -> tuple[int, int]:
        """(settled, counted): done items out of those that are needed at all."""
        counted = [item for item in self.items if item.state != "not_needed"]
        return sum(item.state == "done" for item in counted), len(counted)


@dataclass(frozen=True)
class CaseDetail(CaseSummary):
    summary: str
    people: tuple[MemberView, ...]
    notes: tuple[NoteSummary, ...]
    checklists: tuple[ChecklistView, ...]


@dataclass(frozen=True)
class PersonSummary:
    id: uuid.UUID
    pseudonym: str
    role: str
    organisation: str
    tags: tuple[str, ...]
    updated_at: dt.datetime


@dataclass(frozen=True)
class PersonDetail(PersonSummary):
    contact_method: str
    notes: str
    created_at: dt.datetime
    identity_fields_set: tuple[str, ...]  # which fields hold something; never their values
    cases: tuple[tuple[uuid.UUID, str, str], ...]  # (case id, case title, role in case)
