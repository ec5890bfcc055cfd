"""The outbox: every post the bot makes, from intent to deletion."""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

from storage.migrations.moment import migration_now
from storage.migrations.columns import entry_ref, id_key, posted_message, stamp
from storage.tables import TZDateTime

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "posts",
        id_key(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("slot", sa.String(96), nullable=False, unique=True),
        sa.Column("ref", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("author_key", sa.LargeBinary(), nullable=True),
        entry_ref(ondelete="SET NULL", nullable=True),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        *posted_message(nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        stamp("next_try_at", nullable=True),
        sa.Column("problem", sa.String(200), nullable=True),
        stamp("created_at"),
        stamp("updated_at"),
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
    now = migration_now()
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
