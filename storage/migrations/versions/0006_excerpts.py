"""Approved excerpts: what a weekly summary may quote, as its author saw and approved it.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import IdType

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing consented entries start "unasked": nothing is quoted until its author approves.
    with op.batch_alter_table("entries") as batch:
        batch.add_column(
            sa.Column("quote_status", sa.String(16), nullable=False, server_default="unasked")
        )
    op.create_table(
        "excerpts",
        sa.Column(
            "entry_id",
            IdType,
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("question_id", sa.String(64), primary_key=True),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("excerpts")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("quote_status")
