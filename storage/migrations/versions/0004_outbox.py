"""The outbox: every post the bot makes, from intent to deletion.

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import IdType, TZDateTime

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "posts",
        sa.Column("id", IdType, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("slot", sa.String(96), nullable=False, unique=True),
        sa.Column("ref", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("author_key", sa.LargeBinary(), nullable=True),
        sa.Column(
            "entry_id", IdType, sa.ForeignKey("entries.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try_at", TZDateTime(), nullable=True),
        sa.Column("problem", sa.String(200), nullable=True),
        sa.Column("created_at", TZDateTime(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
    )
    op.create_index("ix_posts_state", "posts", ["state"])
    op.create_index("ix_posts_author_key", "posts", ["author_key"])
    op.create_index("ix_posts_next_try_at", "posts", ["next_try_at"])


def downgrade() -> None:
    op.drop_index("ix_posts_next_try_at", table_name="posts")
    op.drop_index("ix_posts_author_key", table_name="posts")
    op.drop_index("ix_posts_state", table_name="posts")
    op.drop_table("posts")
