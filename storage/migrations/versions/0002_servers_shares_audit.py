"""Servers, shares, weekly summary posts, audit events and reminder settings."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import (
    entry_ref,
    id_key,
    posted_message,
    snowflake_key,
    stamp,
)

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("practitioners") as batch:
        batch.add_column(sa.Column("remind_day", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("remind_time", sa.String(5), nullable=True))
        batch.add_column(sa.Column("remind_tz", sa.String(64), nullable=True))
        batch.add_column(stamp("remind_next_at", nullable=True))
        batch.add_column(stamp("remind_failed_at", nullable=True))
        batch.create_index("ix_practitioners_remind_next_at", ["remind_next_at"])
    op.create_table(
        "servers",
        snowflake_key("guild_id"),
        sa.Column("consultation_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("summary_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("facilitator_role_id", sa.BigInteger(), nullable=True),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("summary_day", sa.Integer(), nullable=True),
        sa.Column("summary_time", sa.String(5), nullable=True),
        sa.Column("min_contributors", sa.Integer(), nullable=False),
        stamp("updated_at"),
    )
    op.create_table(
        "shares",
        id_key(),
        entry_ref(ondelete="SET NULL", nullable=True),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        *posted_message(nullable=False),
        stamp("created_at"),
    )
    op.create_index("ix_shares_author_id", "shares", ["author_id"])
    op.create_table(
        "summary_posts",
        snowflake_key("guild_id"),
        sa.Column("week_start", sa.Date(), primary_key=True),
        stamp("claimed_at"),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
    )
    op.create_table(
        "audit_events",
        id_key(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("subject", sa.String(64), nullable=True),
        stamp("created_at"),
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
