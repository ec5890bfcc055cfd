"""The revealed affirmations a presenter keeps with their entry.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import IdType, TZDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_affirmations",
        sa.Column("post_id", IdType, primary_key=True, autoincrement=False),
        sa.Column(
            "entry_id",
            IdType,
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TZDateTime(), nullable=False),
    )
    op.create_index("ix_kept_affirmations_author_id", "kept_affirmations", ["author_id"])


def downgrade() -> None:
    op.drop_index("ix_kept_affirmations_author_id", table_name="kept_affirmations")
    op.drop_table("kept_affirmations")
