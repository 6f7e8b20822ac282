"""Searching the full-text index (see satchel.store.search_index) on a plain DB-API connection.

Apart from the index's upkeep, which goes through SQLAlchemy sessions, so that a command
that only searches (`satchel search`) never imports SQLAlchemy; the window's searches run
the very same code on its session's connection.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from satchel.store import search_marks
from satchel.store.search_query import match_query, query_words

MAX_LIMIT = 10_000
SNIPPET_TOKENS = 12
ELLIPSIS = "…"
# bm25 weights for the title, body and tags columns: a title hit outranks a body hit; then
# the base forms and the keys, below any word as written.
TITLE_WEIGHT, BODY_WEIGHT, TAGS_WEIGHT = 10.0, 1.0, 3.0
FORMS_WEIGHT, SOUNDS_WEIGHT = 0.5, 0.25
# Marks FTS5 puts around matches, replaced by the caller's: control characters never occur
# in stored text, so a hit with none of them is known to need marking in Python.
_OPEN, _CLOSE = "\x02", "\x03"
# Ranking costs ~1.4 us a match with the five columns (bm25 reads each match's positions and
# size), so a query matching most of a large vault ranks only its newest RANKED_MATCHES
# matches (highest rowids, the documents added last), and the next letter typed narrows the
# matches anyway. Below that many matches, every match is ranked. Measured at 100k notes
# (benchmarks/typing_speed.py keystrokes, CPU time): p95 16.4 ms with 5,000, 14.8 with 2,000.
RANKED_MATCHES = 2_000
# Each kind's rowids lie in [code << KIND_SHIFT, (code + 1) << KIND_SHIFT).
KIND_CODES = {"case": 1, "person": 2, "note": 3, "checklist_item": 4}
KIND_SHIFT = 40


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result. ``title`` and ``snippet`` hold stored text with the caller's marks around
    matched words; they are not escaped for any markup. ``rank`` is FTS5's bm25: lower (more
    negative) is a better match, and results come best first."""

    kind: str
    ref_id: uuid.UUID
    case_id: uuid.UUID | None
    title: str
    snippet: str
    rank: float


def search(
    connection: Any,
    text: str,
    *,
    limit: int = 50,
    kinds: Collection[str] | None = None,
    marks: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Find documents holding every word of ``text``, the last word as a prefix.

    ``connection`` is a DB-API connection of sqlcipher3. Any text is safe: words are quoted
    as FTS5 strings, so operators and quotes typed by the user are searched for, never
    interpreted. Text without a word gives no results. When more than RANKED_MATCHES
    documents match (or ``limit``, if larger), the best of the newest that many come back.
    """
    words = query_words(text)
    query = match_query(text)
    if isinstance(kinds, str):
        kinds = [kinds]  # a lone kind, not a collection of its letters
    if query is None or limit <= 0:
        return []
    limit = min(limit, MAX_LIMIT)
    where = "search_index MATCH :query"
    params: dict[str, object] = {"query": query}
    low, high = 0, high_rowid(max(KIND_CODES.values()))
    if kinds is not None:
        codes = sorted({KIND_CODES[kind] for kind in kinds if kind in KIND_CODES})
        if not codes:
            return []
        low, high = codes[0] << KIND_SHIFT, high_rowid(codes[-1])
        if len(codes) != codes[-1] - codes[0] + 1:  # a gap in the range: filter the rest
            wanted = [kind for kind in kinds if kind in KIND_CODES]
            names = [f"kind{index}" for index in range(len(wanted))]
            where += " AND kind IN (" + ", ".join(f":{name}" for name in names) + ")"
            params |= dict(zip(names, wanted, strict=True))
    params |= {"low": low, "high": high, "skip": max(RANKED_MATCHES, limit) - 1}
    where += " AND rowid >= :low AND rowid < :high"
    floor = connection.execute(_FLOOR.format(where=where), params).fetchone()
    if floor is not None:  # more matches than are ranked: rank the newest only
        params["low"] = floor[0]
    params |= {
        "open": _OPEN,
        "close": _CLOSE,
        "ellipsis": ELLIPSIS,
        "tokens": SNIPPET_TOKENS,
        "w_title": TITLE_WEIGHT,
        "w_body": BODY_WEIGHT,
        "w_tags": TAGS_WEIGHT,
        "w_forms": FORMS_WEIGHT,
        "w_sounds": SOUNDS_WEIGHT,
        "limit": limit,
    }
    rows = connection.execute(_SEARCH.format(where=where), params).fetchall()
    matching = search_marks.matcher(words)
    return [_hit(connection, row, matching, marks) for row in rows]


def count_matches(connection: Any, text: str) -> int:
    """How many documents hold every word of ``text`` (as ``search`` reads it), all kinds:
    the "50 of 3,120" a results page shows. Asked only when a page came back full."""
    query = match_query(text)
    if query is None:
        return 0
    row = connection.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH :query", {"query": query}
    ).fetchone()
    return int(row[0] or 0)


def high_rowid(code: int) -> int:
    """The first rowid past the range of the kind with this code."""
    return (code + 1) << KIND_SHIFT


def _hit(
    connection: Any, row: Sequence[Any], matching: search_marks.Matcher, marks: tuple[str, str]
) -> SearchHit:
    rowid, kind, ref_id, case_id, title, snippet, rank = row
    title, snippet = str(title), str(snippet)
    if _OPEN not in title and _OPEN not in snippet:  # found by a base form or a key only
        stored_title, stored_body = connection.execute(_STORED_WORDS, {"rowid": rowid}).fetchone()
        title = search_marks.mark(stored_title, matching, (_OPEN, _CLOSE))
        snippet = search_marks.snippet(
            stored_body, matching, (_OPEN, _CLOSE), SNIPPET_TOKENS, ELLIPSIS
        )
    return SearchHit(
        kind=kind,
        ref_id=uuid.UUID(hex=ref_id),
        case_id=None if case_id is None else uuid.UUID(hex=case_id),
        title=_caller_marks(title, marks),
        snippet=_caller_marks(snippet, marks),
        rank=float(rank),
    )


def _caller_marks(text: str, marks: tuple[str, str]) -> str:
    return text.replace(_OPEN, marks[0]).replace(_CLOSE, marks[1])


_STORED_WORDS = "SELECT title, body FROM search_index WHERE rowid = :rowid"
# Only fixed fragments are formatted into these; every value is a bound parameter.
_FLOOR = "SELECT rowid FROM search_index WHERE {where} ORDER BY rowid DESC LIMIT 1 OFFSET :skip"
_SEARCH = (
    "SELECT rowid, kind, ref_id, case_id, "
    "highlight(search_index, 0, :open, :close) AS title, "
    "snippet(search_index, 1, :open, :close, :ellipsis, :tokens) AS snippet, "
    "bm25(search_index, :w_title, :w_body, :w_tags, :w_forms, :w_sounds) AS rank "
    "FROM search_index WHERE {where} ORDER BY rank, rowid LIMIT :limit"
)
