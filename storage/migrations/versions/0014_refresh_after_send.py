"""A weekly summary being sent when a member erases her data (or deletes a quoted entry) is
marked, and rebuilt as soon as its message is recorded.

`refresh_after_send` is set on a summary post in state ``sending`` by the erasure's (or the
entry deletion's) own transaction: recording the message that lands makes the post a rebuild
job (state ``refreshing``, due now) instead of a finished post, so the quote built before the
erasure never stays up, across a restart too (the repair records it the same way).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"


def upgrade() -> None:
    # Plain ADD COLUMN, as in 0013: a batch copy would cascade the drop of `posts`.
    op.add_column(
        "posts",
        sa.Column("refresh_after_send", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("posts", "refresh_after_send")
