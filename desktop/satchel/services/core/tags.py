"""Tags: free words shared across cases, people and notes, matched without regard to case."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select, union_all
from sqlalchemy.orm import Session

from satchel.services.core.records import clean_text
from satchel.store.models import Tag, case_tags, note_tags, person_tags
from satchel.store.types import fold_key

MAX_TAG_LENGTH = 40


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as a person types them: ' visa, #Urgent,, urgent ' -> ('visa', 'Urgent').

    Commas separate; blanks and a leading "#" go; the first spelling of a tag stays, and
    later ones that differ only in case (or Unicode form) are dropped, as the vault would.
    """
    seen: dict[str, str] = {}
    for part in text.split(","):
        tag = part.strip().lstrip("#").strip()
        if tag:
            seen.setdefault(fold_key(tag), tag)
    return tuple(seen.values())


def resolve_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    """The Tag rows for these names, created where missing; duplicates folded."""
    wanted: dict[str, str] = {}
    for name in names:
        text = clean_text(name, "tag", max_length=MAX_TAG_LENGTH, required=True).lstrip("#")
        wanted.setdefault(fold_key(text), text)
    if not wanted:
        return []
    existing = {
        tag.name_key: tag for tag in session.scalars(select(Tag).where(Tag.name_key.in_(wanted)))
    }
    tags = []
    for key, text in wanted.items():
        tag = existing.get(key)
        if tag is None:
            tag = Tag(name=text)
            session.add(tag)
        tags.append(tag)
    return tags


def drop_unused_tags(session: Session) -> None:
    """Delete the tags nothing carries any more, so a deleted note's tags leave the vault too."""
    session.flush()
    used = union_all(*(select(link.c.tag_id) for link in (case_tags, note_tags, person_tags)))
    session.execute(delete(Tag).where(Tag.id.not_in(used)))


def list_tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name_key)))


def tag_text(tags: Iterable[Tag]) -> str:
    return " ".join(sorted(tag.name for tag in tags))
