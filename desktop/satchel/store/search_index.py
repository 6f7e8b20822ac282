"""Full-text search over cases, people and notes, with an FTS5 table inside the encrypted file.

The table is created by migration 0001, not by the models: FTS5 virtual tables are outside
what SQLAlchemy's metadata can describe. It has secure-delete on, so removing a document
takes its words out of the index pages too, not only out of the results.

Each document's rowid is a hash of (kind, ref_id), so updating or removing one is a rowid
lookup instead of a scan over every indexed text. Identity fields must never be indexed:
callers pass pseudonyms and note text only.
"""

from __future__ import annotations

import hashlib
import unicodedata
import uuid
from collections.abc import Collection
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

SEARCH_TABLE = "search_index"
MAX_LIMIT = 10_000
MAX_TERMS = 16  # a pasted paragraph becomes an AND of its first words, not a slow query
SNIPPET_TOKENS = 12
ELLIPSIS = "…"
# bm25 weights for the title, body and tags columns: a title hit outranks a body hit.
TITLE_WEIGHT, BODY_WEIGHT, TAGS_WEIGHT = 10.0, 1.0, 3.0


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


def is_search_table(name: str) -> bool:
    """True for the FTS5 table and its shadow tables, which migrations must not autogenerate."""
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def index_document(
    session: Session,
    *,
    kind: str,
    ref_id: uuid.UUID,
    case_id: uuid.UUID | None,
    title: str,
    body: str,
    tags: str,
) -> None:
    """Add the document, or replace what was indexed for the same (kind, ref_id)."""
    rowid = _rowid(kind, ref_id)
    session.execute(sa.text("DELETE FROM search_index WHERE rowid = :rowid"), {"rowid": rowid})
    session.execute(
        sa.text(
            "INSERT INTO search_index (rowid, title, body, tags, kind, ref_id, case_id) "
            "VALUES (:rowid, :title, :body, :tags, :kind, :ref_id, :case_id)"
        ),
        {
            "rowid": rowid,
            "title": _nfc(title),
            "body": _nfc(body),
            "tags": _nfc(tags),
            "kind": kind,
            "ref_id": ref_id.hex,  # the same form as the Uuid columns, so services can join
            "case_id": None if case_id is None else case_id.hex,
        },
    )


def remove_document(session: Session, *, kind: str, ref_id: uuid.UUID) -> None:
    """Take the document out of the index; removing one that is not there is not an error."""
    session.execute(
        sa.text("DELETE FROM search_index WHERE rowid = :rowid"),
        {"rowid": _rowid(kind, ref_id)},
    )


def search(
    session: Session,
    text: str,
    *,
    limit: int = 50,
    kinds: Collection[str] | None = None,
    marks: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Find documents holding every word of ``text``, the last word as a prefix.

    Any text is safe: words are quoted as FTS5 strings, so operators and quotes typed by the
    user are searched for, never interpreted. Text without a word gives no results.
    """
    query = match_query(text)
    if isinstance(kinds, str):
        kinds = [kinds]  # a lone kind, not a collection of its letters
    if query is None or limit <= 0 or (kinds is not None and not kinds):
        return []
    where = "search_index MATCH :query"
    if kinds is not None:
        where += " AND kind IN :kinds"
    statement = sa.text(
        "SELECT kind, ref_id, case_id, "  # noqa: S608 (only fixed fragments are joined)
        "highlight(search_index, 0, :open, :close) AS title, "
        "snippet(search_index, 1, :open, :close, :ellipsis, :tokens) AS snippet, "
        "bm25(search_index, :w_title, :w_body, :w_tags) AS rank "
        f"FROM search_index WHERE {where} ORDER BY rank, rowid LIMIT :limit"
    )
    params: dict[str, object] = {
        "query": query,
        "open": marks[0],
        "close": marks[1],
        "ellipsis": ELLIPSIS,
        "tokens": SNIPPET_TOKENS,
        "w_title": TITLE_WEIGHT,
        "w_body": BODY_WEIGHT,
        "w_tags": TAGS_WEIGHT,
        "limit": min(limit, MAX_LIMIT),
    }
    if kinds is not None:
        statement = statement.bindparams(sa.bindparam("kinds", expanding=True))
        params["kinds"] = list(kinds)
    rows = session.execute(statement, params).all()
    return [
        SearchHit(
            kind=row.kind,
            ref_id=uuid.UUID(hex=row.ref_id),
            case_id=None if row.case_id is None else uuid.UUID(hex=row.case_id),
            title=row.title,
            snippet=row.snippet,
            rank=float(row.rank),
        )
        for row in rows
    ]


def match_query(user_text: str) -> str | None:
    """Turn typed text into an FTS5 query: quoted words joined by AND, the last one a prefix.

    A "word" is a run of letters, digits and combining marks; everything else separates.
    FTS5 tokenizes each quoted string again, exactly as it tokenized the documents.
    """
    words = _words(_nfc(user_text))[:MAX_TERMS]
    if not words:
        return None
    phrases = ['"' + word.replace('"', '""') + '"' for word in words]
    phrases[-1] += "*"
    return " AND ".join(phrases)


def _words(value: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for char in value + " ":
        if unicodedata.category(char).startswith(("L", "N", "M", "Co")):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    # a run of combining marks alone holds no token: FTS5 would see an empty string
    return [word for word in words if not all(unicodedata.category(c)[0] == "M" for c in word)]


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def _rowid(kind: str, ref_id: uuid.UUID) -> int:
    """A stable signed 64-bit rowid for (kind, ref_id); collisions are a 2^-64 chance a pair."""
    digest = hashlib.blake2b(kind.encode() + b"\x00" + ref_id.bytes, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
