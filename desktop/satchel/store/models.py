"""The vault's tables as SQLAlchemy 2 typed models.

Enumerated values are plain strings guarded by CHECK constraints (the StrEnums of
store.enums name them for callers), so a migration never has to rebuild a native enum.
Identity fields hold ciphertext only and are never indexed. Attachment bytes live in their
own table so a list of attachments never loads a file. The full-text index is not a model:
see search_index.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from satchel.store.enums import (
    CaseStatus,
    IdentityField,
    ItemState,
    PersonRole,
    Priority,
    TemplateOrigin,
)
from satchel.store.types import NAMING_CONVENTION, UTCDateTime, fold_key, one_of, utc_now


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


def _tag_link(name: str, owner_table: str, owner_column: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(
            owner_column,
            Uuid,
            ForeignKey(f"{owner_table}.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(
            "tag_id",
            Uuid,
            ForeignKey("tags.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )


case_tags = _tag_link("case_tags", "cases", "case_id")
note_tags = _tag_link("note_tags", "notes", "note_id")
person_tags = _tag_link("person_tags", "persons", "person_id")

_CHILDREN = "all, delete-orphan"


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String)
    name_key: Mapped[str] = mapped_column(String, unique=True)

    @validates("name")
    def _keep_key(self, _field: str, value: str) -> str:
        self.name_key = fold_key(value)
        return value


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        one_of("status", CaseStatus),
        one_of("priority", Priority),
        Index("ix_cases_status_updated_at", "status", "updated_at"),
        # the case list's default order, unfiltered: a page never sorts the whole table
        Index("ix_cases_updated_at", "updated_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    title: Mapped[str] = mapped_column(String)
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String, default=CaseStatus.OPEN.value)
    priority: Mapped[str] = mapped_column(String, default=Priority.NORMAL.value)
    next_action: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(index=True)
    opened_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    members: Mapped[list[CaseMember]] = relationship(
        back_populates="case", cascade=_CHILDREN, passive_deletes=True
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="case", cascade=_CHILDREN, passive_deletes=True
    )
    checklists: Mapped[list[Checklist]] = relationship(
        back_populates="case", cascade=_CHILDREN, passive_deletes=True
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="case", cascade=_CHILDREN, passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=case_tags, passive_deletes=True)


class Person(Base):
    __tablename__ = "persons"
    __table_args__ = (one_of("role", PersonRole),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    pseudonym: Mapped[str] = mapped_column(String)
    pseudonym_key: Mapped[str] = mapped_column(String, unique=True)
    role: Mapped[str] = mapped_column(String, default=PersonRole.OTHER.value)
    organisation: Mapped[str] = mapped_column(String, default="")
    contact_method: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    identity_fields: Mapped[list[PersonIdentityField]] = relationship(
        back_populates="person", cascade=_CHILDREN, passive_deletes=True
    )
    memberships: Mapped[list[CaseMember]] = relationship(
        back_populates="person", cascade=_CHILDREN, passive_deletes=True
    )
    person_notes: Mapped[list[Note]] = relationship(
        back_populates="person", cascade=_CHILDREN, passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tags, passive_deletes=True)

    @validates("pseudonym")
    def _keep_key(self, _field: str, value: str) -> str:
        self.pseudonym_key = fold_key(value)
        return value


class PersonIdentityField(Base):
    """One sealed identity value: ciphertext from the vault's FieldSealer, never plaintext."""

    __tablename__ = "person_identity_fields"
    __table_args__ = (one_of("field", IdentityField),)

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String, primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    person: Mapped[Person] = relationship(back_populates="identity_fields")


class CaseMember(Base):
    __tablename__ = "case_members"

    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role_in_case: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(default=utc_now)

    case: Mapped[Case] = relationship(back_populates="members")
    person: Mapped[Person] = relationship(back_populates="memberships")


class Note(Base):
    __tablename__ = "notes"
    __table_args__ = (
        Index("ix_notes_case_id_updated_at", "case_id", "updated_at"),
        # every note in listing order, read page by page by key (services.notebook.note_pages)
        Index("ix_notes_pinned_updated_at_id", "pinned", "updated_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    pinned: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    case: Mapped[Case | None] = relationship(back_populates="notes")
    person: Mapped[Person | None] = relationship(back_populates="person_notes")
    revisions: Mapped[list[NoteRevision]] = relationship(
        back_populates="note",
        cascade=_CHILDREN,
        passive_deletes=True,
        order_by="NoteRevision.saved_at",
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="note", cascade=_CHILDREN, passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=note_tags, passive_deletes=True)


class NoteRevision(Base):
    __tablename__ = "note_revisions"
    # A note's revisions, newest first, straight from the index: listing and trimming them
    # never sorts bodies. Its note_id prefix serves the ON DELETE CASCADE lookups too.
    __table_args__ = (Index("ix_note_revisions_note_id_saved_at", "note_id", "saved_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[datetime] = mapped_column(default=utc_now)

    note: Mapped[Note] = relationship(back_populates="revisions")


class ChecklistTemplate(Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (
        UniqueConstraint("template_key", "version"),
        one_of("origin", TemplateOrigin),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    template_key: Mapped[str] = mapped_column(String)
    version: Mapped[int]
    title: Mapped[str] = mapped_column(String)
    origin: Mapped[str] = mapped_column(String, default=TemplateOrigin.USER.value)
    definition: Mapped[str] = mapped_column(Text)  # the template document, as JSON
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Checklist(Base):
    __tablename__ = "checklists"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    template_key: Mapped[str] = mapped_column(String)
    template_version: Mapped[int]
    title: Mapped[str] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    case: Mapped[Case] = relationship(back_populates="checklists")
    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="checklist",
        cascade=_CHILDREN,
        passive_deletes=True,
        order_by="ChecklistItem.position",
    )


class ChecklistItem(Base):
    __tablename__ = "checklist_items"
    __table_args__ = (
        one_of("state", ItemState),
        Index("ix_checklist_items_checklist_id_position", "checklist_id", "position"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    checklist_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("checklists.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String)
    help: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String, default="")
    required: Mapped[bool] = mapped_column(default=True)
    state: Mapped[str] = mapped_column(String, default=ItemState.TODO.value)
    due_date: Mapped[date | None] = mapped_column(index=True)
    original_location: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    checklist: Mapped[Checklist] = relationship(back_populates="items")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="checklist_item", passive_deletes=True
    )


class Attachment(Base):
    """A file's metadata. Give it the case_id of its case even when it hangs off a checklist
    item: deleting an item only unlinks the file, so only case_id makes a case's deletion
    take its files along."""

    __tablename__ = "attachments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    checklist_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("checklist_items.id", ondelete="SET NULL"), index=True
    )
    note_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String)
    media_type: Mapped[str] = mapped_column(String)
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    case: Mapped[Case | None] = relationship(back_populates="attachments")
    checklist_item: Mapped[ChecklistItem | None] = relationship(back_populates="attachments")
    note: Mapped[Note | None] = relationship(back_populates="attachments")
    blob: Mapped[AttachmentBlob] = relationship(
        back_populates="attachment", cascade=_CHILDREN, passive_deletes=True
    )


class AttachmentBlob(Base):
    __tablename__ = "attachment_blobs"

    attachment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)

    attachment: Mapped[Attachment] = relationship(back_populates="blob")


class ActivityEvent(Base):
    """What happened, to which kind of thing, when: never the content itself."""

    __tablename__ = "activity_events"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    action: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    ref_id: Mapped[uuid.UUID | None]
    detail: Mapped[str] = mapped_column(String, default="")


class TrashItem(Base):
    """A deleted case, person, note or file, kept whole for 30 days (services.notebook.bin).

    `payload` holds its rows and those that went with it, as JSON; nothing in it is indexed.
    """

    __tablename__ = "trash_items"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String)
    record_id: Mapped[uuid.UUID]
    label: Mapped[str] = mapped_column(String, default="")
    deleted_at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class VaultState(Base):
    """One row: the commit counter every write transaction raises (see store.commit_counter)."""

    __tablename__ = "vault_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    commit_seq: Mapped[int] = mapped_column(default=0)


class VaultSetting(Base):
    __tablename__ = "vault_settings"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
