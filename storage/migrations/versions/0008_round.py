"""The consultation round: rounds, step-outs, a server's agreement and timings, acceptances.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import IdType, TZDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rounds",
        sa.Column(
            "post_id",
            IdType,
            sa.ForeignKey("posts.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column(
            "entry_id", IdType, sa.ForeignKey("entries.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("phase", sa.String(16), nullable=False),
        sa.Column("key_question", sa.LargeBinary(), nullable=True),
        sa.Column("closing", sa.LargeBinary(), nullable=True),
        sa.Column("phase_since", TZDateTime(), nullable=False),
        sa.Column("created_at", TZDateTime(), nullable=False),
    )
    op.create_table(
        "round_stepouts",
        sa.Column(
            "post_id",
            IdType,
            sa.ForeignKey("posts.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("member_key", sa.LargeBinary(32), primary_key=True),
    )
    op.create_table(
        "round_settings",
        sa.Column("guild_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("agreement", sa.Text(), nullable=True),
        sa.Column("minutes", sa.String(200), nullable=True),
        sa.Column("updated_at", TZDateTime(), nullable=False),
    )
    op.create_table(
        "agreement_acceptances",
        sa.Column("guild_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("user_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("version", sa.String(16), nullable=False),
        sa.Column("accepted_at", TZDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("agreement_acceptances")
    op.drop_table("round_settings")
    op.drop_table("round_stepouts")
    op.drop_table("rounds")
