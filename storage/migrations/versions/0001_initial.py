"""Initial schema: practitioners, entries, encrypted answers, meta.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import IdType, TZDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practitioners",
        sa.Column("user_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("created_at", TZDateTime(), nullable=False),
        sa.Column("notice_seen_at", TZDateTime(), nullable=True),
    )
    op.create_table(
        "entries",
        sa.Column("id", IdType, primary_key=True, autoincrement=True),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("next_page", sa.Integer(), nullable=False),
        sa.Column("consent_summary", sa.Boolean(), nullable=False),
        sa.Column("created_at", TZDateTime(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
        sa.Column("completed_at", TZDateTime(), nullable=True),
    )
    op.create_index("ix_entries_author_created", "entries", ["author_id", "created_at"])
    op.create_table(
        "answers",
        sa.Column(
            "entry_id",
            IdType,
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("question_id", sa.String(64), primary_key=True),
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
