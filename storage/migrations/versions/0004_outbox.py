"""The outbox: every post the bot makes, from intent to deletion.

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from storage.tables import IdType, TZDateTime

revision = "0004"
down_revision = "0003"
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
    _adopt_summary_posts()


def _adopt_summary_posts() -> None:
    """Weeks already claimed in `summary_posts` become posted outbox slots, so that no week
    is posted a second time after the upgrade."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT guild_id, week_start, channel_id, message_id FROM summary_posts")
    ).all()
    if not rows:
        return
    posts = sa.table(
        "posts",
        sa.column("kind", sa.String()),
        sa.column("slot", sa.String()),
        sa.column("ref", sa.String()),
        sa.column("state", sa.String()),
        sa.column("guild_id", sa.BigInteger()),
        sa.column("channel_id", sa.BigInteger()),
        sa.column("message_id", sa.BigInteger()),
        sa.column("anonymous", sa.Boolean()),
        sa.column("attempts", sa.Integer()),
        sa.column("created_at", TZDateTime()),
        sa.column("updated_at", TZDateTime()),
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        posts,
        [
            {
                "kind": "summary",
                "slot": f"summary:{r.guild_id}:{str(r.week_start)[:10]}",
                "ref": secrets.token_hex(4),
                "state": "posted",
                "guild_id": r.guild_id,
                "channel_id": r.channel_id,
                "message_id": r.message_id,
                "anonymous": True,
                "attempts": 0,
                "created_at": now,
                "updated_at": now,
            }
            for r in rows
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_posts_next_try_at", table_name="posts")
    op.drop_index("ix_posts_author_key", table_name="posts")
    op.drop_index("ix_posts_state", table_name="posts")
    op.drop_table("posts")
