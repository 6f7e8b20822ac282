"""Import notes from a folder of Markdown files, as Obsidian and Joplin export them.

The folder is read, never written, and never left: symbolic links are not followed, hidden
folders (.obsidian, .trash, .git) are passed over, and images are taken only from inside the
folder. Front matter gives the title, tags and dates; Obsidian's #tags become tags too;
[[wikilinks]] stay as text. `preview_markdown` plans without touching the vault and
`import_markdown` writes the plan in one transaction: all of it, or nothing.

Linked images become attachments on their note only when the caller passes `clean_image`
(the desktop app re-encodes them to drop EXIF and GPS; that needs Qt, which this layer does
not have). Without it, each is listed as skipped, with the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session

from satchel.errors import InvalidInputError
from satchel.services.core import activity
from satchel.services.core.indexing import index_note
from satchel.services.core.records import require, utc_now
from satchel.services.core.session import VaultSession
from satchel.services.core.tags import MAX_TAG_LENGTH, resolve_tags
from satchel.services.imports.front_matter import parse_moment, split_front_matter
from satchel.services.imports.markdown_folder import (
    FolderWalk,
    Skipped,
    read_no_follow,
    read_note_text,
    walk_folder,
)
from satchel.services.imports.skip_reasons import Reason, cannot_read
from satchel.services.notebook.attachments import safe_filename, sniff_media_type
from satchel.services.notebook.notes import MAX_TITLE
from satchel.store.models import Attachment, AttachmentBlob, Case, Note, NoteRevision
from satchel.work import CancelToken, Progress, check_cancelled

MAX_NOTES = 5_000
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # notes and images together
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_TAGS = 30
IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
RESOURCE_FOLDERS = {"_resources", "resources", "attachments", "assets"}

ImageCleaner = Callable[[bytes, str], tuple[bytes, str]]  # (data, name) -> cleaned (data, name)

_INLINE_TAG = re.compile(r"(?<![\w#&/])#([^\W\d_][\w/-]*|\d+[^\W\d][\w/-]*)", re.UNICODE)
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
# The bracketed parts exclude "[": a body of "![![![…" must not make each match scan to its end.
_IMAGE_LINK = re.compile(r"!\[[^\[\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_EMBED = re.compile(r"!\[\[([^\[\]|#]+)(?:[#|][^\[\]]*)?\]\]")


@dataclass(frozen=True)
class PlannedImage:
    path: str  # relative to the import folder
    data: bytes


@dataclass(frozen=True)
class PlannedNote:
    path: str  # relative to the import folder, with "/" separators
    title: str
    body: str
    tags: tuple[str, ...]
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    images: tuple[PlannedImage, ...]


@dataclass(frozen=True)
class MarkdownPlan:
    folder: str
    notes: tuple[PlannedNote, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class MarkdownImportReport:
    imported: tuple[tuple[str, str, uuid.UUID], ...]  # (path, title, note id)
    attachments: int
    skipped: tuple[Skipped, ...]


def inline_tags(body: str) -> list[str]:
    """Obsidian's #tags, outside code; headings ("# Title") never match (a space follows)."""
    text = _INLINE_CODE.sub(" ", _FENCE.sub(" ", body))
    return _INLINE_TAG.findall(text)


def _tags(front: dict[str, str | list[str]], body: str) -> tuple[str, ...]:
    raw = front.get("tags", front.get("tag", []))
    listed = raw if isinstance(raw, list) else re.split(r"[,\s]+", raw)
    wanted: dict[str, str] = {}
    for tag in [*listed, *inline_tags(body)]:
        text = tag.strip().lstrip("#").strip()
        if text and len(text) <= MAX_TAG_LENGTH and "\x00" not in text:
            wanted.setdefault(text.casefold(), text)
    return tuple(wanted.values())[:MAX_TAGS]


def _title(front: dict[str, str | list[str]], path: str) -> str:
    raw = front.get("title", "")
    title = raw if isinstance(raw, str) else " ".join(raw)
    title = " ".join(title.strip().strip("'\"").split()) or PurePosixPath(path).stem.strip()
    return (title or "Untitled")[:MAX_TITLE].strip()


_PERCENT = re.compile(rb"%([0-9A-Fa-f]{2})")


def _percent_decoded(link: str) -> str:
    """`my%20scan.png` as the file name it stands for (Markdown links escape spaces)."""
    raw = _PERCENT.sub(lambda m: bytes([int(m.group(1), 16)]), link.encode("utf-8"))
    return raw.decode("utf-8", errors="replace")


def _image_targets(body: str) -> list[str]:
    found = [_percent_decoded(m) for m in _IMAGE_LINK.findall(body)]
    found += [m.strip() for m in _EMBED.findall(body)]
    return [t for t in found if "://" not in t and not t.startswith(("data:", "mailto:"))]


def _resolve(target: str, note_path: str, walk: FolderWalk) -> str | None:
    """The file an image link names, inside the import folder, or None.

    Relative to the note first (Joplin's ../_resources/x.png), then from the folder's top,
    then by name anywhere (Obsidian's ![[x.png]] names a file wherever it sits).
    """
    parent = PurePosixPath(note_path).parent
    candidates = [
        os.path.normpath(str(parent / target)),
        os.path.normpath(target.lstrip("/")),
    ]
    for candidate in candidates:
        if not candidate.startswith("..") and candidate in walk.others:
            return candidate
    name = PurePosixPath(target).name
    matches = sorted(p for p in walk.others if PurePosixPath(p).name == name)
    return matches[0] if len(matches) == 1 else None


def preview_markdown(
    folder: Path, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> MarkdownPlan:
    """Read the folder and plan the notes; reads files only, needs no vault."""
    if folder.is_symlink() or not folder.is_dir():
        raise InvalidInputError(problem="not_a_folder", folder=str(folder))
    walk = walk_folder(folder)
    if len(walk.markdown) > MAX_NOTES:
        raise InvalidInputError(problem="too_many_notes", count=len(walk.markdown), limit=MAX_NOTES)
    planned: list[PlannedNote] = []
    total = 0
    for index, relative in enumerate(walk.markdown):
        check_cancelled(cancel)
        if progress is not None:
            progress(index / max(1, len(walk.markdown)))
        text = read_note_text(folder / relative)
        if isinstance(text, Skipped):
            walk.skipped.append(Skipped(relative, text.reason))
            continue
        total += len(text)
        if total > MAX_TOTAL_BYTES:
            raise InvalidInputError(problem="notes_too_large")
        front, body = split_front_matter(text)
        if not body.strip():
            walk.skipped.append(Skipped(relative, Reason("empty")))
            continue
        images, total = _plan_images(walk, relative, body, total)
        planned.append(
            PlannedNote(
                path=relative,
                title=_title(front, relative),
                body=body,
                tags=_tags(front, body),
                created_at=parse_moment(_text(front.get("created", front.get("date", "")))),
                updated_at=parse_moment(_text(front.get("updated", front.get("modified", "")))),
                images=images,
            )
        )
    for other in walk.others:
        if other not in walk.used:
            walk.skipped.append(Skipped(other, Reason("not_markdown")))
    if progress is not None:
        progress(1.0)
    return MarkdownPlan(str(folder), tuple(planned), tuple(sorted(walk.skipped, key=_by_path)))


def _by_path(skip: Skipped) -> str:
    return skip.path


def _text(value: str | list[str]) -> str:
    return value if isinstance(value, str) else ""


def _plan_images(
    walk: FolderWalk, note: str, body: str, total: int
) -> tuple[tuple[PlannedImage, ...], int]:
    images: list[PlannedImage] = []
    for target in dict.fromkeys(_image_targets(body)):
        found = _resolve(target, note, walk)
        if found is None:
            continue  # a link to something outside the folder or missing: kept as text
        walk.used.add(found)
        try:
            data = (
                b""
                if walk.others[found] > MAX_IMAGE_BYTES
                else read_no_follow(walk.root / found, MAX_IMAGE_BYTES)
            )
        except OSError as error:
            walk.skipped.append(Skipped(found, cannot_read(error)))
            continue
        if not data or len(data) > MAX_IMAGE_BYTES:
            walk.skipped.append(Skipped(found, Reason("image_too_large")))
            continue
        if sniff_media_type(data) not in IMAGE_TYPES:
            walk.skipped.append(Skipped(found, Reason("not_an_image")))
            continue
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise InvalidInputError(problem="images_too_large")
        images.append(PlannedImage(found, data))
    return tuple(images), total


def import_markdown(
    vs: VaultSession,
    plan: MarkdownPlan,
    *,
    case_id: uuid.UUID | str | None = None,
    clean_image: ImageCleaner | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> MarkdownImportReport:
    """Write the planned notes (into a case, or on their own) in one transaction: all of
    them, or none on any error (a Cancel too)."""
    imported: list[tuple[str, str, uuid.UUID]] = []
    skipped = list(plan.skipped)
    attached = 0
    now = utc_now()
    with vs.transaction() as session:
        case = require(session, Case, case_id, "case") if case_id is not None else None
        for index, planned in enumerate(plan.notes):
            check_cancelled(cancel)
            if progress is not None:
                progress(index / max(1, len(plan.notes)))
            note = _add_note(session, planned, case, now)
            imported.append((planned.path, note.title, note.id))
            for image in planned.images:
                if clean_image is None:
                    skipped.append(Skipped(image.path, Reason("images_from_app")))
                    continue
                try:
                    data, name = clean_image(image.data, PurePosixPath(image.path).name)
                except Exception:  # any failure to clean means: do not store it
                    skipped.append(Skipped(image.path, Reason("metadata_kept")))
                    continue
                _add_image(session, note, data, name, now=now)
                attached += 1
        if case is not None:
            case.updated_at = now
        activity.record(session, "imported", "note", None, f"{len(imported)} from Markdown")
    if progress is not None:
        progress(1.0)
    return MarkdownImportReport(tuple(imported), attached, tuple(skipped))


def _add_note(session: Session, planned: PlannedNote, case: Case | None, now: dt.datetime) -> Note:
    created = planned.created_at or now
    updated = max(planned.updated_at or created, created)
    note = Note(
        title=planned.title,
        body=planned.body,
        pinned=False,
        created_at=created,
        updated_at=updated,
    )
    note.case_id = case.id if case is not None else None
    note.tags = resolve_tags(session, planned.tags)
    session.add(note)
    session.flush()
    session.add(NoteRevision(note_id=note.id, title=note.title, body=note.body, saved_at=now))
    index_note(session, note)
    activity.record(session, "created", "note", note.id)
    return note


def _add_image(session: Session, note: Note, data: bytes, name: str, *, now: dt.datetime) -> None:
    media_type = sniff_media_type(data)
    row = Attachment(
        id=uuid.uuid4(),
        filename=safe_filename(name),
        media_type=media_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        created_at=now,
        note_id=note.id,
        case_id=note.case_id,
    )
    row.blob = AttachmentBlob(attachment_id=row.id, data=data)
    session.add(row)
    activity.record(session, "created", "attachment", row.id, media_type)
