"""An index in the notes' listing order, so every note can be read page by page by key.

Revision ID: 0004_notes_listing_index
Revises: 0003_search_word_forms
Create Date: 2026-12-06

Listing 50,000 notes with OFFSET read every skipped row again for each page; with this
index a page starts where the last one ended (satchel.services.notebook.note_pages).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004_notes_listing_index"
down_revision: str | Sequence[str] | None = "0003_search_word_forms"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_notes_pinned_updated_at_id"), "notes", ["pinned", "updated_at", "id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_notes_pinned_updated_at_id"), table_name="notes")
