"""Which entry's next step an entry's step review answers: the step its page named when it was
shown, so that "How my next steps went" in /whatworks pairs the review with that step even when
another entry with a next step was completed while the page was open.

Entries written before this migration name none: their review is paired as before, with the
latest step completed before the entry was created.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"


def upgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("reviewed_step_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("reviewed_step_id")
