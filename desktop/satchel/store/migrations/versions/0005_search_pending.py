"""A queue of documents to index later, so a note's save does not wait for its index.

Revision ID: 0005_search_pending
Revises: 0004_notes_listing_index
Create Date: 2026-12-06

Saving a note as the user types commits the note at once and only queues it here, in the
same transaction; the index catches up before the next search and at lock
(satchel.services.core.indexing). Raw DDL beside the index it serves, like search_documents.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005_search_pending"
down_revision: str | Sequence[str] | None = "0004_notes_listing_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE search_pending ("
        "kind TEXT NOT NULL, ref_id TEXT NOT NULL, PRIMARY KEY (kind, ref_id)) WITHOUT ROWID"
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_pending")
