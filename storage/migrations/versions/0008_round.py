"""The consultation round: rounds, step-outs, a server's agreement and timings, acceptances."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import entry_ref, post_key, snowflake_key, stamp

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    op.create_table(
        "rounds",
        post_key(),
        entry_ref(ondelete="SET NULL", nullable=True),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("phase", sa.String(16), nullable=False),
        sa.Column("key_question", sa.LargeBinary(), nullable=True),
        sa.Column("closing", sa.LargeBinary(), nullable=True),
        stamp("phase_since"),
        stamp("created_at"),
    )
    op.create_table(
        "round_stepouts",
        post_key(),
        sa.Column("member_key", sa.LargeBinary(32), primary_key=True),
    )
    op.create_table(
        "round_settings",
        snowflake_key("guild_id"),
        sa.Column("agreement", sa.Text(), nullable=True),
        sa.Column("minutes", sa.String(200), nullable=True),
        stamp("updated_at"),
    )
    op.create_table(
        "agreement_acceptances",
        snowflake_key("guild_id"),
        snowflake_key("user_id"),
        sa.Column("version", sa.String(16), nullable=False),
        stamp("accepted_at"),
    )


def downgrade() -> None:
    op.drop_table("agreement_acceptances")
    op.drop_table("round_settings")
    op.drop_table("round_stepouts")
    op.drop_table("rounds")
