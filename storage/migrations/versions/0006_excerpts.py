"""Approved excerpts: what a weekly summary may quote, as its author saw and approved it."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import answer_key

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    # Existing consented entries start "unasked": nothing is quoted until its author approves.
    with op.batch_alter_table("entries") as batch:
        batch.add_column(
            sa.Column("quote_status", sa.String(16), nullable=False, server_default="unasked")
        )
    op.create_table(
        "excerpts",
        *answer_key(),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("excerpts")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("quote_status")
