"""Checklist templates: data files under resources/checklists, copied into the vault on use.

A checklist keeps the template key and version it was made from, so later template
versions never change a checklist behind the user's back (see checklists.template_update).
Shipped files are validated like imported ones (template_schema); a user's own templates
(imported, or duplicated from another) live only inside the vault, as origin "user".
Templates carry no personal data: only the template document is ever imported or exported.

Every function that reads shipped templates takes an optional `folder`, so tests (and
anyone packaging other templates) can point it at another folder explicitly.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.errors import InvalidInputError
from satchel.resources import resource_dir
from satchel.services.core.records import choice, utc_now
from satchel.services.core.session import VaultSession
from satchel.services.core.user_files import read_user_file
from satchel.services.templates.lines import SourceLines
from satchel.services.templates.review import is_stale, review_date
from satchel.services.templates.rules import (
    LANGUAGES,
    MAX_TEMPLATE_BYTES,
    InvalidTemplateError,
    Problem,
)
from satchel.services.templates.schema import too_large, validate_template_bytes
from satchel.store.enums import TemplateOrigin
from satchel.store.models import ChecklistTemplate

__all__ = [
    "LANGUAGES",
    "InvalidTemplateError",
    "Template",
    "TemplateItem",
    "TemplateSource",
    "list_templates",
    "newest_template",
    "parse_template",
    "read_template_file",
    "shipped_templates",
    "stored_template",
]

COPY_SUFFIX = {"en": " (copy)", "ru": " (копия)", "uk": " (копія)", "de": " (Kopie)"}


@dataclass(frozen=True)
class TemplateItem:
    key: str
    title: str
    help: str
    category: str
    required: bool
    typical_validity: str | None = None  # ISO 8601 duration, e.g. "P10Y"
    tip: str = ""
    last_reviewed: str = ""  # YYYY-MM-DD when this item was checked apart from the rest


@dataclass(frozen=True)
class TemplateSource:
    title: str
    url: str
    last_reviewed: str  # YYYY-MM-DD


@dataclass(frozen=True)
class Template:
    key: str
    version: int
    title: str
    description: str
    items: tuple[TemplateItem, ...]
    document: str  # the whole template as JSON, kept in the vault beside its checklists
    jurisdiction: str = ""
    disclaimer: str = ""
    sources: tuple[TemplateSource, ...] = ()
    origin: str = TemplateOrigin.SHIPPED.value
    lang: str = "en"
    reviewed_on: dt.date | None = None  # see services/templates/review.py

    @property
    def stale(self) -> bool:
        """Reviewed more than six months ago (or never): the user should check the rules."""
        return is_stale(self.reviewed_on)

    @property
    def is_own(self) -> bool:
        """Made or imported by the user (editable), not shipped with Satchel."""
        return self.origin == TemplateOrigin.USER.value


def _text(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or "")
    return str(value or "")


def parse_template(
    document: dict[str, Any], lang: str = "en", *, origin: str = TemplateOrigin.SHIPPED.value
) -> Template:
    """A template in one language. Lenient: stored definitions from older schemas load too."""
    try:
        items = tuple(
            TemplateItem(
                key=str(item["id"]),
                title=_text(item["title"], lang),
                help=_text(item.get("help", ""), lang),
                category=str(item.get("category", "")),
                required=bool(item.get("required", False)),
                typical_validity=item.get("typical_validity") or None,
                tip=_text(item.get("tip", ""), lang),
                last_reviewed=str(item.get("last_reviewed") or ""),
            )
            for item in document["items"]
        )
        sources = tuple(
            TemplateSource(str(s["title"]), str(s["url"]), str(s["last_reviewed"]))
            for s in document.get("sources", ())
        )
        return Template(
            key=str(document["id"]),
            version=int(document["version"]),
            title=_text(document["title"], lang),
            description=_text(document.get("description", ""), lang),
            items=items,
            document=json.dumps(document, ensure_ascii=False, sort_keys=True),
            jurisdiction=str(document.get("jurisdiction", "")),
            disclaimer=_text(document.get("disclaimer", ""), lang),
            sources=sources,
            origin=origin,
            lang=lang,
            reviewed_on=review_date(document),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InvalidInputError(f"The checklist template is incomplete: {error}.") from None


# --- Shipped templates -------------------------------------------------------------------

_CACHE_SIZE = 64
_validated: OrderedDict[bytes, dict[str, Any]] = OrderedDict()
_validated_lock = threading.Lock()


def _validated_file(path: Path) -> dict[str, Any]:
    """A shipped file's clean document; validation is remembered by content hash."""
    data = read_template_file(path)
    digest = hashlib.sha256(data).digest()
    with _validated_lock:
        if digest in _validated:
            _validated.move_to_end(digest)
            return copy.deepcopy(_validated[digest])
    document = validate_template_bytes(data, path.name)
    with _validated_lock:
        _validated[digest] = document
        while len(_validated) > _CACHE_SIZE:
            _validated.popitem(last=False)
    return copy.deepcopy(document)


def template_folder(folder: Path | None = None) -> Path:
    return folder if folder is not None else resource_dir() / "checklists"


def shipped_documents(folder: Path | None = None) -> dict[str, dict[str, Any]]:
    """Every shipped template's clean document, by key; a broken file raises its problems."""
    documents: dict[str, dict[str, Any]] = {}
    for path in sorted(template_folder(folder).glob("*.toml")):
        document = _validated_file(path)
        if document["id"] in documents:
            raise InvalidTemplateError(
                path.name,
                [
                    Problem(
                        path.name,
                        SourceLines(path.read_text("utf-8")).line(("id",)),
                        "id",
                        f'"{document["id"]}" is already the id of another shipped template',
                    )
                ],
            )
        documents[document["id"]] = document
    return documents


def _language(lang: str) -> str:
    return choice(lang, "language", LANGUAGES)


def shipped_templates(lang: str = "en", folder: Path | None = None) -> list[Template]:
    """The templates that ship with Satchel, sorted by file name, in one language."""
    lang = _language(lang)
    return [parse_template(d, lang) for d in shipped_documents(folder).values()]


# --- Templates in the vault --------------------------------------------------------------


def _newest_row(session: Session, key: str) -> ChecklistTemplate | None:
    return session.scalars(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.template_key == key)
        .order_by(ChecklistTemplate.version.desc())
        .limit(1)
    ).first()


def newest_template(
    session: Session,
    key: str,
    lang: str = "en",
    *,
    folder: Path | None = None,
    store: bool = False,
) -> Template:
    """The newest version of a template: the vault's own copy, or the shipped file.

    With `store=True` a shipped version newer than the vault's copy is copied into the vault,
    so checklists made from it can always find the document they came from.
    """
    lang = _language(lang)
    shipped = shipped_documents(folder)
    row = _newest_row(session, key)
    candidate = shipped.get(key)
    if row is not None and (candidate is None or row.version >= candidate["version"]):
        return parse_template(json.loads(row.definition), lang, origin=row.origin)
    if candidate is None:
        known = ", ".join(sorted(shipped)) or "none"
        raise InvalidInputError(f'No checklist template "{key}". Known templates: {known}.')
    template = parse_template(candidate, lang)
    if store:
        session.add(
            ChecklistTemplate(
                template_key=template.key,
                version=template.version,
                title=_text(candidate["title"], "en"),
                origin=TemplateOrigin.SHIPPED.value,
                definition=template.document,
                updated_at=utc_now(),
            )
        )
    return template


def stored_template(
    session: Session, key: str, lang: str = "en", *, folder: Path | None = None
) -> Template:
    """The newest version of a template, copied into the vault if it is not there yet."""
    return newest_template(session, key, lang, folder=folder, store=True)


def list_templates(
    vs: VaultSession, lang: str = "en", *, folder: Path | None = None
) -> list[Template]:
    """Shipped templates, then the user's own (newest version of each), in one language."""
    lang = _language(lang)
    shipped = shipped_documents(folder)
    with vs.reading() as session:
        keys = session.scalars(
            select(ChecklistTemplate.template_key)
            .where(ChecklistTemplate.origin == TemplateOrigin.USER.value)
            .distinct()
        ).all()
        own = sorted(
            (newest_template(session, key, lang, folder=folder) for key in set(keys)),
            key=lambda t: (t.title.casefold(), t.key),
        )
        first = [newest_template(session, key, lang, folder=folder) for key in shipped]
    return first + [t for t in own if t.key not in shipped]


def read_template_file(path: Path) -> bytes:
    """A template file's bytes; a file over 1 MB is refused from its size, without reading it."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_user_file says what is wrong with it
    if size > MAX_TEMPLATE_BYTES:
        raise InvalidTemplateError(path.name, [too_large(path.name, size)])
    return read_user_file(path, MAX_TEMPLATE_BYTES + 1)  # one more: validation names the size
