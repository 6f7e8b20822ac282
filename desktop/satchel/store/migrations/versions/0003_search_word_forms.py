"""Search by word forms and transliteration: two more columns in the search index.

Revision ID: 0003_search_word_forms
Revises: 0002_commit_counter
Create Date: 2026-12-06

The FTS5 table gains ``forms`` (base forms of every word) and ``sounds`` (transliteration
keys); see satchel.store.search_index. FTS5 cannot add a column, so the table is built
again: the old one is renamed, every document is copied across with its new columns in
rowid order (batches read by key, so memory stays flat), reporting progress to the
``progress`` callable in the Alembic config's attributes, and the old table is dropped.
The rowids are kept, so search_documents needs no change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from alembic import op

from satchel.store.wordforms.terms import document_terms

revision: str = "0003_search_word_forms"
down_revision: str | Sequence[str] | None = "0002_commit_counter"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500
_OLD = "search_index_before_0003"
_TOKENIZE = "tokenize='unicode61 remove_diacritics 2', prefix='2'"


def _progress() -> Callable[[float], object] | None:
    config = op.get_context().config
    found = None if config is None else config.attributes.get("progress")
    return found if callable(found) else None


def _create(columns: str) -> None:
    op.execute(f"CREATE VIRTUAL TABLE search_index USING fts5({columns}, {_TOKENIZE})")
    op.execute("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 1)")


def _copy(select: str, insert: str, convert: Callable[[Any], dict[str, Any]]) -> None:
    bind = op.get_bind()
    total = bind.exec_driver_sql(f"SELECT count(*) FROM {_OLD}").scalar_one()  # noqa: S608 (a constant)
    progress = _progress()
    done, last = 0, -1
    while True:
        rows = bind.exec_driver_sql(
            f"{select} FROM {_OLD} WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, BATCH),
        ).all()
        if not rows:
            break
        bind.exec_driver_sql(insert, [convert(row) for row in rows])
        last = rows[-1].rowid
        done += len(rows)
        if progress is not None:
            progress(done / total)
    op.execute(f"DROP TABLE {_OLD}")


def upgrade() -> None:
    op.execute(f"ALTER TABLE search_index RENAME TO {_OLD}")
    _create("title, body, tags, forms, sounds, kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED")

    def convert(row: Any) -> dict[str, Any]:
        forms, sounds = document_terms((row.title, row.body, row.tags))
        return {**row._asdict(), "forms": forms, "sounds": sounds}

    _copy(
        "SELECT rowid, title, body, tags, kind, ref_id, case_id",
        "INSERT INTO search_index (rowid, title, body, tags, forms, sounds, kind, ref_id, "
        "case_id) VALUES (:rowid, :title, :body, :tags, :forms, :sounds, :kind, :ref_id, "
        ":case_id)",
        convert,
    )


def downgrade() -> None:
    op.execute(f"ALTER TABLE search_index RENAME TO {_OLD}")
    _create("title, body, tags, kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED")
    _copy(
        "SELECT rowid, title, body, tags, kind, ref_id, case_id",
        "INSERT INTO search_index (rowid, title, body, tags, kind, ref_id, case_id) "
        "VALUES (:rowid, :title, :body, :tags, :kind, :ref_id, :case_id)",
        lambda row: dict(row._asdict()),
    )
