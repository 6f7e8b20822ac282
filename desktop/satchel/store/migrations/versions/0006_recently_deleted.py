"""Recently deleted: deleted records kept whole for 30 days, then purged.

Revision ID: 0006_recently_deleted
Revises: 0005_search_pending
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_recently_deleted"
down_revision: str | Sequence[str] | None = "0005_search_pending"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trash_items",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash_items")),
    )
    op.create_index(op.f("ix_trash_items_deleted_at"), "trash_items", ["deleted_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_trash_items_deleted_at"), table_name="trash_items")
    op.drop_table("trash_items")
