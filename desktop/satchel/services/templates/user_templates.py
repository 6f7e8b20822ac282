"""The user's own checklist templates: import, export, duplicate and edit, kept in the vault.

Templates carry no personal data, only the template document; every way in goes through the
same line-numbered validator as the shipped files.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.errors import InvalidInputError
from satchel.services.core import activity
from satchel.services.core.records import utc_now
from satchel.services.core.session import VaultSession
from satchel.services.templates.lines import SourceLines
from satchel.services.templates.rules import MAX_SLUG, SLUG, InvalidTemplateError, Problem
from satchel.services.templates.schema import validate_template_bytes
from satchel.services.templates.toml_writer import dump_template
from satchel.store.enums import TemplateOrigin
from satchel.store.models import ChecklistTemplate

__all__ = [
    "duplicate_template",
    "export_template",
    "import_template",
    "import_template_file",
    "save_user_template",
]
from satchel.services.templates.shipped import (
    COPY_SUFFIX,
    _newest_row,
    read_template_file,
    shipped_documents,
)


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
                        "shipped_id",
                        {"value": key, "suggestion": suggestion},
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
                            "old_version",
                            {"value": key, "version": row.version},
                        )
                    ],
                )
        stored = _store_user_template(session, document)
        activity.record(session, "imported", "checklist_template", stored.id, f"{key} v{version}")
    return str(key)


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
