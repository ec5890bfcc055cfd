"""Initial schema: practitioners, entries, encrypted answers, meta."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import answer_key, id_key, snowflake_key, stamp

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "practitioners",
        snowflake_key("user_id"),
        stamp("created_at"),
        stamp("notice_seen_at", nullable=True),
    )
    op.create_table(
        "entries",
        id_key(),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("next_page", sa.Integer(), nullable=False),
        sa.Column("consent_summary", sa.Boolean(), nullable=False),
        stamp("created_at"),
        stamp("updated_at"),
        stamp("completed_at", nullable=True),
    )
    op.create_index("ix_entries_author_created", "entries", ["author_id", "created_at"])
    op.create_table(
        "answers",
        *answer_key(),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("flagged", sa.String(200), nullable=True),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("meta")
    op.drop_table("answers")
    op.drop_index("ix_entries_author_created", table_name="entries")
    op.drop_table("entries")
    op.drop_table("practitioners")
