"""When a server's weekly summary schedule itself (day, time, time zone, on/off) was last set:
the scheduler skips a week whose moment came before the schedule was set, and it read the
row's `updated_at`, which every /setup change moves, so another change made after a summary's
moment while the scheduler was down (a channel, the minimum) skipped that week's catch-up.

Servers set up before this migration take their `updated_at` as the moment, so their
schedules are treated exactly as before until one is set again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import stamp

revision = "0019"
down_revision = "0018"


def upgrade() -> None:
    with op.batch_alter_table("servers") as batch:
        batch.add_column(stamp("schedule_set_at", nullable=True))
    op.execute(sa.text("UPDATE servers SET schedule_set_at = updated_at"))


def downgrade() -> None:
    with op.batch_alter_table("servers") as batch:
        batch.drop_column("schedule_set_at")
