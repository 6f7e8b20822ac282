"""The commit counter: one row every write transaction raises.

Revision ID: 0002_commit_counter
Revises: 0001_initial
Create Date: 2026-11-25

Its value is also recorded outside the WAL after each commit (satchel.vault.format1.commit_record),
so a WAL that lost committed frames is reported instead of opening on older data.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_commit_counter"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vault_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commit_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vault_state")),
    )
    op.execute("INSERT INTO vault_state (id, commit_seq) VALUES (1, 1)")


def downgrade() -> None:
    op.drop_table("vault_state")
