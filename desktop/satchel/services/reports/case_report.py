"""What a case report holds, gathered without Qt: the PDF renderer only draws it.

A report is meant to leave the vault (a lawyer, a caseworker), so it is redacted by default:
people appear by pseudonym and role. Identity fields are added only when the caller asks,
and then each person's compartment is opened through `reveal_identity`, which logs it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from satchel import event_log
from satchel.errors import InvalidInputError
from satchel.services.checklists.case_checklists import checklist_view
from satchel.services.core import activity
from satchel.services.core.demo_mark import is_demo_vault
from satchel.services.core.records import require, utc_now
from satchel.services.core.session import VaultSession
from satchel.services.notebook.identity import reveal_identity
from satchel.services.notebook.views import ChecklistView
from satchel.store.models import Case, CaseMember, Checklist, Note
from satchel.vault.disk.atomic_file import write_atomically


@dataclass(frozen=True)
class ReportPerson:
    pseudonym: str
    role: str
    role_in_case: str
    organisation: str
    identity: tuple[tuple[str, str], ...]  # (field name, value); empty unless asked for


@dataclass(frozen=True)
class ReportItem:
    title: str
    state: str
    category: str
    required: bool
    due_date: dt.date | None
    original_location: str
    note: str


@dataclass(frozen=True)
class ReportChecklist:
    title: str
    items: tuple[ReportItem, ...]
    progress: tuple[int, int]  # (done, needed): "not needed" items are not counted


@dataclass(frozen=True)
class ReportNote:
    title: str
    body: str  # Markdown
    tags: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class CaseReport:
    case_id: uuid.UUID
    title: str
    status: str
    priority: str
    opened_at: dt.datetime
    updated_at: dt.datetime
    due_date: dt.date | None
    next_action: str
    summary: str
    tags: tuple[str, ...]
    people: tuple[ReportPerson, ...]
    checklists: tuple[ReportChecklist, ...]
    notes: tuple[ReportNote, ...]
    with_identities: bool
    generated_at: dt.datetime
    demo: bool = False  # from a vault holding demo data: every page says so

    @property
    def progress(self) -> tuple[int, int]:
        return (
            sum(c.progress[0] for c in self.checklists),
            sum(c.progress[1] for c in self.checklists),
        )


def _checklist(view: ChecklistView) -> ReportChecklist:
    return ReportChecklist(
        title=view.title,
        items=tuple(
            ReportItem(
                title=item.title,
                state=item.state,
                category=item.category,
                required=item.required,
                due_date=item.due_date,
                original_location=item.original_location,
                note=item.note,
            )
            for item in view.items
        ),
        progress=view.progress,
    )


def build_case_report(
    vs: VaultSession,
    case_id: uuid.UUID | str,
    *,
    note_ids: Iterable[uuid.UUID | str] | None = None,
    with_identities: bool = False,
) -> CaseReport:
    """The report's content; `note_ids=None` takes every note of the case (pinned first).

    A note id that is not one of this case's notes is refused: a report never pulls in
    text from elsewhere in the vault.
    """
    with vs.reading() as session:
        case = require(session, Case, case_id, "case")
        members = session.scalars(
            select(CaseMember)
            .where(CaseMember.case_id == case.id)
            .options(selectinload(CaseMember.person))
        ).all()
        notes = session.scalars(
            select(Note)
            .where(Note.case_id == case.id)
            .order_by(Note.pinned.desc(), Note.created_at, Note.id)
            .options(selectinload(Note.tags))
        ).all()
        checklists = session.scalars(
            select(Checklist)
            .where(Checklist.case_id == case.id)
            .order_by(Checklist.created_at)
            .options(selectinload(Checklist.items))
        ).all()
        chosen = notes if note_ids is None else _chosen_notes(notes, note_ids)
        people = sorted(
            (
                (
                    m.person_id,
                    m.person.pseudonym,
                    m.person.role,
                    m.role_in_case,
                    m.person.organisation,
                )
                for m in members
            ),
            key=lambda row: row[1].casefold(),
        )
        report_notes = tuple(
            ReportNote(
                title=n.title,
                body=n.body,
                tags=tuple(sorted(t.name for t in n.tags)),
                created_at=n.created_at,
                updated_at=n.updated_at,
            )
            for n in chosen
        )
        report_checklists = tuple(_checklist(checklist_view(c)) for c in checklists)
        head = (
            case.id,
            case.title,
            case.status,
            case.priority,
            case.opened_at,
            case.updated_at,
            case.due_date,
            case.next_action,
            case.summary,
            tuple(sorted(t.name for t in case.tags)),
        )
    report_people = tuple(
        ReportPerson(
            pseudonym=pseudonym,
            role=role,
            role_in_case=role_in_case,
            organisation=organisation,
            identity=_identity(vs, person_id) if with_identities else (),
        )
        for person_id, pseudonym, role, role_in_case, organisation in people
    )
    return CaseReport(
        *head,
        people=report_people,
        checklists=report_checklists,
        notes=report_notes,
        with_identities=with_identities,
        generated_at=utc_now(),
        demo=is_demo_vault(vs),
    )


def _chosen_notes(notes: Iterable[Note], note_ids: Iterable[uuid.UUID | str]) -> list[Note]:
    by_id = {note.id: note for note in notes}
    wanted: list[uuid.UUID] = []
    for ident in note_ids:
        try:
            key = ident if isinstance(ident, uuid.UUID) else uuid.UUID(ident.strip())
        except ValueError:
            raise InvalidInputError(f'"{ident}" is not a note id.') from None
        if key not in by_id:
            raise InvalidInputError(f"The note {key} is not one of this case's notes.")
        if key not in wanted:
            wanted.append(key)
    keep = set(wanted)
    return [note for note in notes if note.id in keep]  # the case's own order


def _identity(vs: VaultSession, person_id: uuid.UUID) -> tuple[tuple[str, str], ...]:
    """Opened through reveal_identity, so every person shown is logged as revealed."""
    return tuple(reveal_identity(vs, person_id).items())


def record_report_written(vs: VaultSession, report: CaseReport) -> None:
    """Log the export once the file exists; the detail says whether identities went with it."""
    event_log.event("report.written", with_identities=report.with_identities)
    detail = "report with identities" if report.with_identities else "report"
    with vs.transaction() as session:
        activity.record(session, "exported", "case", report.case_id, detail)


def save_report(path: Path, data: bytes) -> None:
    """Temp name beside the target, fsync, rename: a crash leaves the old file or the new.

    The file is made readable by its owner only; it holds case content in plain text.
    """
    write_atomically(path, data)
