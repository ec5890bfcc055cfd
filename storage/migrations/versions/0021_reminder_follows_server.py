"""Which server's time zone a weekly reminder follows: set when a member sets her reminder in
a server without a time zone of her own (she took the server's), so that an admin's later
change of that zone (/setup timezone) moves her reminder to the same day and local time there;
empty when she gave a zone of her own, which no one else's change moves.

Reminders set before this migration follow nothing: they keep the zone they were set with, as
before, until the member sets her reminder again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"


def upgrade() -> None:
    with op.batch_alter_table("practitioners") as batch:
        batch.add_column(sa.Column("remind_follows_guild", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("practitioners") as batch:
        batch.drop_column("remind_follows_guild")
