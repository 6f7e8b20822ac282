"""Search across cases, people, notes and checklist items; identity fields are never found."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from satchel.services.reading.reader import Reads
from satchel.store import search_reads

if TYPE_CHECKING:
    from satchel.services.core.session import VaultSession

KIND_ORDER = ("case", "person", "note", "checklist_item")


@dataclass(frozen=True)
class SearchResult:
    kind: str
    id: uuid.UUID
    case_id: uuid.UUID | None
    title: str
    snippet: str


def search(
    vs: Reads,
    text: str,
    *,
    limit: int = 50,
    kinds: Collection[str] | None = None,
    marks: tuple[str, str] = ("[", "]"),
) -> list[SearchResult]:
    """Best matches first within each kind; kinds in a fixed order (cases, people, ...).

    Notes saved since the last search are indexed first (services.core.indexing).
    """
    vs.catch_up_index()
    with vs.raw_reading() as connection:
        hits = search_reads.search(connection, text, limit=limit, kinds=kinds, marks=marks)
    results = [SearchResult(h.kind, h.ref_id, h.case_id, h.title, h.snippet) for h in hits]
    order = {kind: index for index, kind in enumerate(KIND_ORDER)}
    return sorted(results, key=lambda r: order.get(r.kind, len(order)))  # stable: keeps rank


def count_matches(vs: Reads, text: str) -> int:
    """How many results `search` would give without a limit."""
    with vs.raw_reading() as connection:
        return search_reads.count_matches(connection, text)


def catch_up_index(vs: VaultSession) -> None:
    """Index the notes saved since the last search; one cheap read when there are none."""
    from satchel.store import search_index  # noqa: PLC0415 (SQLAlchemy: the window only)

    with vs.reading() as session:
        stale = search_index.has_pending(session)
    if stale:
        # the models, and what indexing needs, load only when there is something to index
        from satchel.services.core.indexing import catch_up  # noqa: PLC0415

        with vs.transaction() as session:
            catch_up(session)
