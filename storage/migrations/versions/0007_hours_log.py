"""My practice: the consultation-hours log with attestation, the CPD year's start month, and
servers' weekly meetings with the members who want a prompt to log them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import id_key, snowflake_key, stamp
from storage.tables import IdType

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    with op.batch_alter_table("practitioners") as batch:
        batch.add_column(sa.Column("cpd_start_month", sa.Integer(), nullable=True))
    op.create_table(
        "hours_log",
        id_key(),
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
        stamp("attested_at", nullable=True),
        sa.Column("attest_text", sa.LargeBinary(), nullable=True),
        stamp("created_at"),
        stamp("updated_at"),
    )
    op.create_index("ix_hours_log_author_day", "hours_log", ["author_id", "day"])
    op.create_index("ix_hours_log_attest", "hours_log", ["attest_guild_id", "state"])
    op.create_table(
        "meetings",
        snowflake_key("guild_id"),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("start", sa.String(5), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        stamp("next_end_at"),
        stamp("updated_at"),
    )
    op.create_index("ix_meetings_next_end_at", "meetings", ["next_end_at"])
    op.create_table(
        "meeting_prompts",
        snowflake_key("guild_id"),
        snowflake_key("user_id"),
        stamp("created_at"),
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
