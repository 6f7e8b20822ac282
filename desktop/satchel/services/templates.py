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
import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.resources import resource_dir
from satchel.services import activity
from satchel.services.records import choice, utc_now
from satchel.services.session import VaultSession
from satchel.services.template_schema import (
    LANGUAGES,
    MAX_SLUG,
    MAX_TEMPLATE_BYTES,
    SLUG,
    InvalidTemplateError,
    Problem,
    SourceLines,
    too_large,
    validate_template_bytes,
)
from satchel.services.template_toml import dump_template
from satchel.store.models import ChecklistTemplate, TemplateOrigin
from satchel.vault.errors import InvalidInputError

__all__ = [
    "LANGUAGES",
    "InvalidTemplateError",
    "Template",
    "TemplateItem",
    "TemplateSource",
    "duplicate_template",
    "export_template",
    "import_template",
    "import_template_file",
    "list_templates",
    "newest_template",
    "parse_template",
    "read_template_file",
    "save_user_template",
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


def _reserved_keys(session: Session, shipped: dict[str, Any]) -> set[str]:
    rows = session.scalars(
        select(ChecklistTemplate.template_key).where(
            ChecklistTemplate.origin == TemplateOrigin.SHIPPED.value
        )
    ).all()
    return set(shipped) | set(rows)


def _store_user_template(session: Session, document: dict[str, Any]) -> ChecklistTemplate:
    row = ChecklistTemplate(
        template_key=document["id"],
        version=document["version"],
        title=document["title"]["en"],
        origin=TemplateOrigin.USER.value,
        definition=json.dumps(document, ensure_ascii=False, sort_keys=True),
        updated_at=utc_now(),
    )
    session.add(row)
    session.flush()
    return row


def import_template(
    vs: VaultSession, data: bytes, filename: str, *, folder: Path | None = None
) -> str:
    """Validate a template file and keep it in the vault as the user's own; returns its id.

    Nothing is stored when anything is wrong: InvalidTemplateError lists every problem with
    file, line and field. An id that ships with Satchel is refused (rename it); an id already
    in the vault needs a higher version, and re-importing the same file changes nothing.
    """
    name = Path(filename).name or "template.toml"
    document = validate_template_bytes(data, name)
    lines = SourceLines(data.decode("utf-8", errors="replace"))
    key, version = document["id"], document["version"]
    shipped = shipped_documents(folder)
    with vs.transaction() as session:
        if key in _reserved_keys(session, shipped):
            suggestion = f"my-{key}"[:MAX_SLUG].rstrip("-")
            raise InvalidTemplateError(
                name,
                [
                    Problem(
                        name,
                        lines.line(("id",)),
                        "id",
                        f'"{key}" is the id of a template that ships with Satchel; give yours '
                        f'a new id (for example "{suggestion}") and import it again',
                    )
                ],
            )
        row = _newest_row(session, key)
        if row is not None:
            if row.version == version and json.loads(row.definition) == document:
                return str(key)
            if row.version >= version:
                raise InvalidTemplateError(
                    name,
                    [
                        Problem(
                            name,
                            lines.line(("version",)),
                            "version",
                            f'the vault already holds "{key}" version {row.version}; raise the '
                            f"version above {row.version} to update it, or change the id",
                        )
                    ],
                )
        stored = _store_user_template(session, document)
        activity.record(session, "imported", "checklist_template", stored.id, f"{key} v{version}")
    return str(key)


def read_template_file(path: Path) -> bytes:
    """A template file's bytes; a file over 1 MB is refused from its size, without reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise InvalidTemplateError(path.name, [too_large(path.name, size)])
        with path.open("rb") as handle:
            return handle.read(MAX_TEMPLATE_BYTES + 1)  # a file that grew is still refused
    except OSError as error:
        raise InvalidInputError(f"Cannot read {path.name}: {error.strerror or error}.") from None


def import_template_file(vs: VaultSession, path: Path, *, folder: Path | None = None) -> str:
    """import_template for a file on disk (size checked before anything is read)."""
    return import_template(vs, read_template_file(path), path.name, folder=folder)


def _current_document(session: Session, key: str, folder: Path | None) -> dict[str, Any]:
    shipped = shipped_documents(folder)
    row = _newest_row(session, key)
    if row is not None and (key not in shipped or row.version >= shipped[key]["version"]):
        document: dict[str, Any] = json.loads(row.definition)
        return document
    if key not in shipped:
        known = ", ".join(sorted(shipped)) or "none"
        raise InvalidInputError(f'No checklist template "{key}". Known templates: {known}.')
    return shipped[key]


def export_template(vs: VaultSession | None, key: str, *, folder: Path | None = None) -> bytes:
    """The newest version of a template as a TOML file (UTF-8). Without a vault: shipped only.

    Only the template document is written; no checklist, case or person data is involved.
    """
    key = key.strip()
    if vs is None:
        shipped = shipped_documents(folder)
        if key not in shipped:
            known = ", ".join(sorted(shipped)) or "none"
            raise InvalidInputError(f'No checklist template "{key}". Known templates: {known}.')
        return dump_template(shipped[key]).encode("utf-8")
    with vs.transaction() as session:
        document = _current_document(session, key, folder)
        activity.record(session, "exported", "checklist_template", None, key)
    return dump_template(document).encode("utf-8")


def duplicate_template(
    vs: VaultSession, key: str, new_key: str, *, folder: Path | None = None
) -> str:
    """A copy of a template (shipped or the user's) as the user's own, version 1."""
    new_key = new_key.strip()
    if not SLUG.match(new_key) or len(new_key) > MAX_SLUG:
        raise InvalidInputError(
            f'"{new_key}" is not a template id: use lower-case letters, digits and single '
            f"hyphens, at most {MAX_SLUG} characters (for example my-work-visa)."
        )
    shipped = shipped_documents(folder)
    with vs.transaction() as session:
        if new_key in _reserved_keys(session, shipped) or _newest_row(session, new_key):
            raise InvalidInputError(
                f'A checklist template "{new_key}" already exists. Choose another id.'
            )
        document = copy.deepcopy(_current_document(session, key.strip(), folder))
        document["id"], document["version"] = new_key, 1
        for lang, suffix in COPY_SUFFIX.items():
            title = document["title"].get(lang, "")
            document["title"][lang] = title[: 200 - len(suffix)] + suffix
        # Re-validate through the writer, so an older stored document fails with real lines.
        try:
            text = dump_template(document)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise InvalidInputError(
                f'The template "{key}" is in an older format and cannot be copied.'
            ) from None
        document = validate_template_bytes(text.encode("utf-8"), f"{new_key}.toml")
        stored = _store_user_template(session, document)
        activity.record(session, "created", "checklist_template", stored.id, f"copy of {key}")
    return new_key


def save_user_template(
    vs: VaultSession, document: dict[str, Any], *, folder: Path | None = None
) -> int:
    """Store an edited user template as its next version; returns the version stored.

    The document goes through the same writer and validator as an imported file, so a
    problem comes back as InvalidTemplateError naming its field (and a line of the TOML
    file the document would be). Shipped templates cannot be changed: duplicate them first.
    Checklists already made keep their items; the new version is offered to them.
    """
    key = str(document.get("id", "")).strip()
    name = f"{key or 'template'}.toml"
    shipped = shipped_documents(folder)
    with vs.transaction() as session:
        if key in _reserved_keys(session, shipped):
            raise InvalidInputError(
                f'"{key}" ships with Satchel and cannot be changed; duplicate it and edit the copy.'
            )
        row = _newest_row(session, key)
        if row is None or row.origin != TemplateOrigin.USER.value:
            raise InvalidInputError(f'No template of yours with the id "{key}".')
        candidate = dict(document, version=row.version + 1)
        try:
            text = dump_template(candidate)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise InvalidInputError(f"The template is incomplete: {error}.") from None
        clean = validate_template_bytes(text.encode("utf-8"), name)
        if json.loads(row.definition) == dict(clean, version=row.version):
            return row.version  # nothing changed: no new version
        stored = _store_user_template(session, clean)
        activity.record(
            session, "changed", "checklist_template", stored.id, f"{key} v{stored.version}"
        )
        return stored.version
