"""When a round's closing was written (`rounds.closing_at`): the date of the next step it saves
to the presenter's entry, where /whatworks and the next-step review date and order her steps
(they used the entry's completion, which can be weeks earlier).

A closing written before this migration is dated by its post's creation, the moment it was
first written (a rewrite before posting keeps that date); a round whose closing post is gone
by the moment its phase last changed. A round with no closing has none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import stamp

revision = "0025"
down_revision = "0024"


def upgrade() -> None:
    with op.batch_alter_table("rounds") as batch:
        batch.add_column(stamp("closing_at", nullable=True))
    op.execute(
        sa.text(
            "UPDATE rounds SET closing_at = COALESCE("
            "(SELECT posts.created_at FROM posts "
            "WHERE posts.slot = 'closing:' || CAST(rounds.post_id AS VARCHAR)), "
            "rounds.phase_since) WHERE closing IS NOT NULL"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("rounds") as batch:
        batch.drop_column("closing_at")
