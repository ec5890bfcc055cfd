"""Where a round's status and controls are shown when not on its share's post: a moderator
deleted the post (or `/round controls` brought them back), so they live in a message of the
round's thread, named here. Both empty: on the share's post, as every round before this
migration. And whether its presenter is still to be told that the round ended because its
post and thread were both deleted (her DMs refused the notice): she is told at her next
command.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"


def upgrade() -> None:
    with op.batch_alter_table("rounds") as batch:
        batch.add_column(sa.Column("controls_channel_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("controls_message_id", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("ended_untold", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("rounds") as batch:
        batch.drop_column("ended_untold")
        batch.drop_column("controls_message_id")
        batch.drop_column("controls_channel_id")
