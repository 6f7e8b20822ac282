"""Makers for every suite: vaults and real rows written through the real services, with
defaults; and the readers that check what Satchel left on disk.

Every row maker returns the new id. Default titles and pseudonyms carry a counter, so a test can
call a maker many times without tripping over the unique pseudonym rule.
"""

from __future__ import annotations

import hashlib
import itertools
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from satchel.services.checklists import case_checklists
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, notes, people
from satchel.vault import FAST_TEST_KDF
from satchel.work import CancelToken
from tests.conftest import PASSPHRASE

TEMPLATE = "personal-documents"
_counter = itertools.count(1)


def make_vault(
    folder: Path, passphrase: str = PASSPHRASE, **options: Any
) -> tuple[VaultSession, str]:
    """A new vault, unlocked, with floor KDF settings; returns it and its recovery phrase."""
    return vault_session.create(folder, passphrase, kdf_for_tests=FAST_TEST_KDF, **options)


def make_case(vs: VaultSession, title: str | None = None, **fields: Any) -> uuid.UUID:
    return cases.create_case(vs, title=title or f"Case {next(_counter)}", **fields)


def make_person(
    vs: VaultSession,
    pseudonym: str | None = None,
    *,
    identity: Mapping[str, str | None] | None = None,
    **fields: Any,
) -> uuid.UUID:
    return people.create_person(
        vs, pseudonym=pseudonym or f"Sparrow {next(_counter)}", identity=identity, **fields
    )


def make_note(
    vs: VaultSession,
    title: str | None = None,
    body: str = "",
    *,
    case_id: uuid.UUID | str | None = None,
    person_id: uuid.UUID | str | None = None,
    tags: Iterable[str] = (),
    pinned: bool = False,
) -> uuid.UUID:
    return notes.create_note(
        vs,
        title=title or f"Note {next(_counter)}",
        body=body,
        case_id=case_id,
        person_id=person_id,
        tags=tags,
        pinned=pinned,
    )


def make_checklist(vs: VaultSession, case_id: uuid.UUID, *, lang: str = "en") -> uuid.UUID:
    return case_checklists.add_checklist(vs, case_id, TEMPLATE, lang=lang)


def item_id(vs: VaultSession, checklist_id: uuid.UUID, item_key: str) -> uuid.UUID:
    """The id of one item of a checklist, found by its template key."""
    view = case_checklists.get_checklist(vs, checklist_id)
    return next(item.id for item in view.items if item.item_key == item_key)


def count_rows(vs: VaultSession, model: type[Any], **where: Any) -> int:
    """How many rows of a table match: for checks a user cannot make through a service."""
    with vs.reading() as session:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return session.scalar(query) or 0


class CancelAfter(CancelToken):
    """A Cancel pressed once the work has checked the token `checks` times."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.checks = checks
        self.seen = 0

    def is_cancelled(self) -> bool:
        self.seen += 1
        return self.seen > self.checks or super().is_cancelled()


def cancel_at(fraction: float) -> tuple[CancelToken, Callable[[float], None]]:
    """A Cancel button pressed once the progress bar reaches `fraction`."""
    cancel = CancelToken()

    def progress(value: float) -> None:
        if value >= fraction:
            cancel.cancel()

    return cancel, progress


def folder_state(folder: Path) -> dict[str, str]:
    """Name -> sha256 of every file under `folder`: equal states mean nothing was written."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def pdf_pages(source: Path | bytes) -> list[str]:
    """The text of each page of a PDF, as a reader's text search sees it."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(source.read_bytes() if isinstance(source, Path) else source)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()
