"""Attachments: files kept inside the vault, on a case, a note or a checklist item.

The bytes live in their own table (a list never loads a file) with their SHA-256, checked on
every read. The media type comes from the bytes, never from the name. File names are kept
(users need them) but never indexed or logged: the activity log gets the media type only.
Image metadata stripping happens in the UI (re-encoding) before a file gets here.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import hmac
import re
import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from satchel.errors import InvalidInputError, TamperedError
from satchel.services.core import activity
from satchel.services.core.records import require, utc_now
from satchel.services.core.session import VaultSession
from satchel.services.notebook.recently_deleted import keep_in_bin
from satchel.store.models import Attachment, AttachmentBlob, Case, ChecklistItem, Note

MAX_BYTES = 100 * 1024 * 1024
MAX_FILENAME = 200
FALLBACK_NAME = "attachment"
OCTET_STREAM = "application/octet-stream"
_TEXT_SNIFF = 64 * 1024
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)
# Control characters (category Cc) other than tab, line feed, form feed and carriage return.
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class AttachmentView:
    id: uuid.UUID
    case_id: uuid.UUID | None
    note_id: uuid.UUID | None
    checklist_item_id: uuid.UUID | None
    filename: str
    media_type: str
    size: int
    sha256: str
    created_at: dt.datetime


def sniff_media_type(data: bytes) -> str:
    """PNG, JPEG, GIF, WebP, PDF or UTF-8 plain text by their first bytes; else octet-stream."""
    for magic, media_type in _SIGNATURES:
        if data.startswith(magic):
            return media_type
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    return "text/plain" if _is_text(data) else OCTET_STREAM


def _is_text(data: bytes) -> bool:
    """UTF-8 without control characters (tabs and line ends aside), judged on the start."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        text = decoder.decode(data[:_TEXT_SNIFF], final=len(data) <= _TEXT_SNIFF)
    except UnicodeDecodeError:
        return False
    return bool(text) and _BINARY_CONTROLS.search(text) is None


def safe_filename(name: str) -> str:
    """The base name alone, without control or direction-override characters, at most 200
    characters (the extension kept when it has to be shortened)."""
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch) not in {"Cc", "Cf"}).strip()
    if base in {"", ".", ".."}:
        return FALLBACK_NAME
    if len(base) > MAX_FILENAME:
        stem, dot, extension = base.rpartition(".")
        if dot and stem and len(extension) <= 16:
            base = stem[: MAX_FILENAME - len(extension) - 1].rstrip() + "." + extension
        else:
            base = base[:MAX_FILENAME].rstrip()
    return base


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(
        id=row.id,
        case_id=row.case_id,
        note_id=row.note_id,
        checklist_item_id=row.checklist_item_id,
        filename=row.filename,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        created_at=row.created_at,
    )


def add_attachment(
    vs: VaultSession,
    *,
    filename: str,
    data: bytes,
    case_id: uuid.UUID | str | None = None,
    note_id: uuid.UUID | str | None = None,
    checklist_item_id: uuid.UUID | str | None = None,
) -> uuid.UUID:
    """Store a file on a case, a note or a checklist item (at least one).

    A file on a note or an item also gets that case's id, so deleting the case takes it.
    """
    if len(data) > MAX_BYTES:
        raise InvalidInputError(
            problem="attachment_too_large",
            size=len(data),
            limit=MAX_BYTES,
            size_text=f"{len(data) / 1024 / 1024:.1f} MB",
            limit_text=f"{MAX_BYTES // 1024 // 1024} MB",
        )
    if not data:
        raise InvalidInputError(problem="file_empty")
    if case_id is None and note_id is None and checklist_item_id is None:
        raise InvalidInputError("An attachment needs a case, a note or a checklist item.")
    now = utc_now()
    media_type = sniff_media_type(data)
    with vs.transaction() as session:
        owners: set[uuid.UUID] = set()
        row = Attachment(
            id=uuid.uuid4(),
            filename=safe_filename(filename),
            media_type=media_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            created_at=now,
        )
        if case_id is not None:
            owners.add(require(session, Case, case_id, "case").id)
        if note_id is not None:
            note = require(session, Note, note_id, "note")
            row.note_id = note.id
            if note.case_id is not None:
                owners.add(note.case_id)
        if checklist_item_id is not None:
            item = require(session, ChecklistItem, checklist_item_id, "checklist item")
            row.checklist_item_id = item.id
            owners.add(item.checklist.case_id)
        if len(owners) > 1:
            raise InvalidInputError(problem="other_case")
        if owners:
            row.case_id = owners.pop()
            case = session.get(Case, row.case_id)
            if case is not None:
                case.updated_at = now
        row.blob = AttachmentBlob(attachment_id=row.id, data=data)
        session.add(row)
        activity.record(session, "created", "attachment", row.id, media_type)
        return row.id


def list_attachments(
    vs: VaultSession,
    *,
    case_id: uuid.UUID | str | None = None,
    note_id: uuid.UUID | str | None = None,
    checklist_item_id: uuid.UUID | str | None = None,
) -> list[AttachmentView]:
    """Metadata only, oldest first; a case's list includes the files on its notes and items."""
    with vs.reading() as session:
        query = select(Attachment)
        if case_id is not None:
            query = query.where(Attachment.case_id == require(session, Case, case_id, "case").id)
        if note_id is not None:
            query = query.where(Attachment.note_id == require(session, Note, note_id, "note").id)
        if checklist_item_id is not None:
            item = require(session, ChecklistItem, checklist_item_id, "checklist item")
            query = query.where(Attachment.checklist_item_id == item.id)
        query = query.order_by(Attachment.created_at, Attachment.filename, Attachment.id)
        return [_view(row) for row in session.scalars(query)]


def get_attachment(vs: VaultSession, attachment_id: uuid.UUID | str) -> AttachmentView:
    with vs.reading() as session:
        return _view(require(session, Attachment, attachment_id, "attachment"))


def read_attachment(vs: VaultSession, attachment_id: uuid.UUID | str) -> bytes:
    """The file's bytes, after checking them against the SHA-256 stored when it was added."""
    with vs.reading() as session:
        row = require(session, Attachment, attachment_id, "attachment")
        expected, size = row.sha256, row.size
        data = session.scalar(
            select(AttachmentBlob.data).where(AttachmentBlob.attachment_id == row.id)
        )
    if data is None:
        raise TamperedError("attachment")
    digest = hashlib.sha256(data).hexdigest()
    if len(data) != size or not hmac.compare_digest(digest, expected):
        raise TamperedError("attachment")
    return bytes(data)


def delete_attachment(
    vs: VaultSession, attachment_id: uuid.UUID | str, *, keep: bool = True
) -> None:
    """Delete the file and its bytes: to Recently deleted, or for good if not `keep`."""
    with vs.transaction() as session:
        row = require(session, Attachment, attachment_id, "attachment")
        if keep:
            keep_in_bin(session, "attachment", row.id, row.filename)
        media_type = row.media_type
        if row.case_id is not None:
            case = session.get(Case, row.case_id)
            if case is not None:
                case.updated_at = utc_now()
        session.delete(row)
        activity.record(session, "deleted", "attachment", row.id, media_type)
