"""My practice: the consultation-hours log with attestation, the CPD year's start month, and
servers' weekly meetings with the members who want a prompt to log them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import IdType, TZDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("practitioners") as batch:
        batch.add_column(sa.Column("cpd_start_month", sa.Integer(), nullable=True))
    op.create_table(
        "hours_log",
        sa.Column("id", IdType, primary_key=True, autoincrement=True),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(5), nullable=True),
        sa.Column("end_time", sa.String(5), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("own_minutes", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("part", sa.String(16), nullable=False),
        sa.Column("texts", sa.LargeBinary(), nullable=False),
        sa.Column("flagged", sa.LargeBinary(), nullable=True),
        sa.Column("reflection_id", IdType, nullable=True),
        sa.Column("state", sa.String(16), nullable=False, server_default="none"),
        sa.Column("attest_guild_id", sa.BigInteger(), nullable=True),
        sa.Column("attester_id", sa.BigInteger(), nullable=True),
        sa.Column("attested_at", TZDateTime(), nullable=True),
        sa.Column("attest_text", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", TZDateTime(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
    )
    op.create_index("ix_hours_log_author_day", "hours_log", ["author_id", "day"])
    op.create_index("ix_hours_log_attest", "hours_log", ["attest_guild_id", "state"])
    op.create_table(
        "meetings",
        sa.Column("guild_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("start", sa.String(5), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("next_end_at", TZDateTime(), nullable=False),
        sa.Column("updated_at", TZDateTime(), nullable=False),
    )
    op.create_index("ix_meetings_next_end_at", "meetings", ["next_end_at"])
    op.create_table(
        "meeting_prompts",
        sa.Column("guild_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("user_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("created_at", TZDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("meeting_prompts")
    op.drop_index("ix_meetings_next_end_at", "meetings")
    op.drop_table("meetings")
    op.drop_index("ix_hours_log_attest", "hours_log")
    op.drop_index("ix_hours_log_author_day", "hours_log")
    op.drop_table("hours_log")
    with op.batch_alter_table("practitioners") as batch:
        batch.drop_column("cpd_start_month")
