"""A post being sent carries its sender's claim, and a deletion asked for meanwhile waits for it.

`claim` is a random token written with each claim (draft or failed -> sending): only the holder
of the claim may record, release or fail the send, so a second click, a reveal or the repair
loop can never release or take a row whose send has not ended. `delete_after_send` is set when
the post's author deletes it (or erases her data) during the send: the message that lands is
recorded as a deletion job at once, or never sent.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy: on SQLite a copy drops and recreates `posts`, and
    # the drop would cascade to the rows that hang off it (round step-outs, kept affirmations).
    op.add_column("posts", sa.Column("claim", sa.String(32), nullable=True))
    op.add_column(
        "posts",
        sa.Column("delete_after_send", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("posts", "delete_after_send")
    op.drop_column("posts", "claim")
