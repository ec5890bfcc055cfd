"""Servers, shares, weekly summary posts, audit events and reminder settings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import IdType, TZDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("practitioners") as batch:
        batch.add_column(sa.Column("remind_day", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("remind_time", sa.String(5), nullable=True))
        batch.add_column(sa.Column("remind_tz", sa.String(64), nullable=True))
        batch.add_column(sa.Column("remind_next_at", TZDateTime(), nullable=True))
        batch.add_column(sa.Column("remind_failed_at", TZDateTime(), nullable=True))
        batch.create_index("ix_practitioners_remind_next_at", ["remind_next_at"])
    op.create_table(
        "servers",
        sa.Column("guild_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("consultation_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("summary_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("facilitator_role_id", sa.BigInteger(), nullable=True),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("summary_day", sa.Integer(), nullable=True),
        sa.Column("summary_time", sa.String(5), nullable=True),
        sa.Column("min_contributors", sa.Integer(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
    )
    op.create_table(
        "shares",
        sa.Column("id", IdType, primary_key=True, autoincrement=True),
        sa.Column(
            "entry_id", IdType, sa.ForeignKey("entries.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("created_at", TZDateTime(), nullable=False),
    )
    op.create_index("ix_shares_author_id", "shares", ["author_id"])
    op.create_table(
        "summary_posts",
        sa.Column("guild_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("week_start", sa.Date(), primary_key=True),
        sa.Column("claimed_at", TZDateTime(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", IdType, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("subject", sa.String(64), nullable=True),
        sa.Column("created_at", TZDateTime(), nullable=False),
    )
    op.create_index("ix_audit_events_actor_id", "audit_events", ["actor_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_actor_id", table_name="audit_events")
    op.drop_table("audit_events")
    op.drop_table("summary_posts")
    op.drop_index("ix_shares_author_id", table_name="shares")
    op.drop_table("shares")
    op.drop_table("servers")
    with op.batch_alter_table("practitioners") as batch:
        batch.drop_index("ix_practitioners_remind_next_at")
        for column in ("remind_failed_at", "remind_next_at", "remind_tz", "remind_time", "remind_day"):
            batch.drop_column(column)
