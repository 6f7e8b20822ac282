"""Checklist templates: data files under resources/checklists, copied into the vault on use.

A checklist keeps the template key and version it was made from, so later template
versions never change a checklist behind the user's back.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.resources import resource_dir
from satchel.services.records import utc_now
from satchel.store.models import ChecklistTemplate
from satchel.vault.errors import InvalidInputError

LANGUAGES = ("en", "ru", "uk", "de")


@dataclass(frozen=True)
class TemplateItem:
    key: str
    title: str
    help: str
    category: str
    required: bool


@dataclass(frozen=True)
class Template:
    key: str
    version: int
    title: str
    description: str
    items: tuple[TemplateItem, ...]
    document: str  # the whole template as JSON, kept in the vault beside its checklists


def _text(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or "")
    return str(value or "")


def parse_template(document: dict[str, Any], lang: str = "en") -> Template:
    try:
        items = tuple(
            TemplateItem(
                key=str(item["id"]),
                title=_text(item["title"], lang),
                help=_text(item.get("help", ""), lang),
                category=str(item.get("category", "")),
                required=bool(item.get("required", False)),
            )
            for item in document["items"]
        )
        return Template(
            key=str(document["id"]),
            version=int(document["version"]),
            title=_text(document["title"], lang),
            description=_text(document.get("description", ""), lang),
            items=items,
            document=json.dumps(document, ensure_ascii=False, sort_keys=True),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidInputError(f"The checklist template is incomplete: {error}.") from None


def shipped_templates(lang: str = "en", folder: Path | None = None) -> list[Template]:
    root = folder or resource_dir() / "checklists"
    templates = []
    for path in sorted(root.glob("*.toml")):
        with path.open("rb") as handle:
            templates.append(parse_template(tomllib.load(handle), lang))
    return templates


def stored_template(session: Session, key: str, lang: str = "en") -> Template:
    """The newest version of a template: the vault's own copy, or the shipped file."""
    shipped = {t.key: t for t in shipped_templates(lang)}
    row = session.scalars(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.template_key == key)
        .order_by(ChecklistTemplate.version.desc())
        .limit(1)
    ).first()
    candidate = shipped.get(key)
    if row is not None and (candidate is None or row.version >= candidate.version):
        return parse_template(json.loads(row.definition), lang)
    if candidate is None:
        known = ", ".join(sorted(shipped)) or "none"
        raise InvalidInputError(f'No checklist template "{key}". Known templates: {known}.')
    session.add(
        ChecklistTemplate(
            template_key=candidate.key,
            version=candidate.version,
            title=candidate.title,
            origin="shipped",
            definition=candidate.document,
            updated_at=utc_now(),
        )
    )
    return candidate
