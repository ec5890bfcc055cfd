"""Whether the presenter was told of a step-out: a notice her closed DMs refused is kept, and
given at her next click on the round.

Step-outs recorded before this migration count as not told: whether their private message
reached the presenter was never stored, and a notice given twice is better than one lost.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"


def upgrade() -> None:
    with op.batch_alter_table("round_stepouts") as batch:
        batch.add_column(
            sa.Column("told", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("round_stepouts") as batch:
        batch.drop_column("told")
