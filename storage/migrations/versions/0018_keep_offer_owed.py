"""Whether the presenter's offer to keep a round's revealed affirmations is still owed: set
before the private message is sent and cleared once it is, so that an offer her closed DMs
refused (or a stop before it) is given at her next click on the round or her next /entries.

Rounds revealed before this migration owe nothing: their offers were sent (or lost) as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"


def upgrade() -> None:
    with op.batch_alter_table("rounds") as batch:
        batch.add_column(
            sa.Column("keep_offer_owed", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("rounds") as batch:
        batch.drop_column("keep_offer_owed")
