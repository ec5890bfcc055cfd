"""Meeting prompts, one row per member: stored with the meeting's claim, marked sent only after
the DM went out, retried after a transient Discord error, final when the member's DMs refuse.

Meetings claimed before this migration have no rows: their prompts were sent (or lost) as
before, and nothing here can tell which.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import id_key, stamp
from storage.tables import FORM_TOKEN_LENGTH

revision = "0012"
down_revision = "0011"


def upgrade() -> None:
    op.create_table(
        "meeting_sends",
        id_key(),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        stamp("ended_at"),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("once", sa.String(FORM_TOKEN_LENGTH), nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        stamp("next_try_at", nullable=True),
        stamp("created_at"),
    )
    op.create_index(
        "ix_meeting_sends_member",
        "meeting_sends",
        ["guild_id", "ended_at", "user_id"],
        unique=True,
    )
    op.create_index("ix_meeting_sends_next_try_at", "meeting_sends", ["next_try_at"])


def downgrade() -> None:
    op.drop_index("ix_meeting_sends_next_try_at", "meeting_sends")
    op.drop_index("ix_meeting_sends_member", "meeting_sends")
    op.drop_table("meeting_sends")
