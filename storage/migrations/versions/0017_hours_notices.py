"""The member's DM about a facilitator's answer to her hours entry (attested, declined,
reopened), one row per answer: stored with the answer and its audit record, marked sent only
after Discord took it, retried after a transient Discord error, final when her DMs refuse it.

Answers given before this migration have no rows: their DMs were sent (or lost) as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import id_key, stamp
from storage.tables import IdType

revision = "0017"
down_revision = "0016"


def upgrade() -> None:
    op.create_table(
        "hours_notices",
        id_key(),
        sa.Column("hours_id", IdType, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("answer", sa.String(16), nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        stamp("next_try_at", nullable=True),
        stamp("created_at"),
    )
    op.create_index("ix_hours_notices_user_id", "hours_notices", ["user_id"])
    op.create_index("ix_hours_notices_next_try_at", "hours_notices", ["next_try_at"])


def downgrade() -> None:
    op.drop_index("ix_hours_notices_next_try_at", "hours_notices")
    op.drop_index("ix_hours_notices_user_id", "hours_notices")
    op.drop_table("hours_notices")
