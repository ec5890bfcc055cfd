"""The revealed affirmations a presenter keeps with their entry."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import entry_ref, stamp
from storage.tables import IdType

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    op.create_table(
        "kept_affirmations",
        sa.Column("post_id", IdType, primary_key=True, autoincrement=False),
        entry_ref(ondelete="CASCADE", nullable=False),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        stamp("created_at"),
    )
    op.create_index("ix_kept_affirmations_author_id", "kept_affirmations", ["author_id"])


def downgrade() -> None:
    op.drop_index("ix_kept_affirmations_author_id", table_name="kept_affirmations")
    op.drop_table("kept_affirmations")
