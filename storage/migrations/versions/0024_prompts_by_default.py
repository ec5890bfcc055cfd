"""Meeting prompts go to the group's members by default: a member's row in `meeting_prompts`
is now her own choice, on or off (`wanted`). Every row before this migration was a member
who turned them on. Downgrading drops the choices to be off (before, no row was off).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"


def upgrade() -> None:
    with op.batch_alter_table("meeting_prompts") as batch:
        batch.add_column(
            sa.Column("wanted", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM meeting_prompts WHERE NOT wanted"))
    with op.batch_alter_table("meeting_prompts") as batch:
        batch.drop_column("wanted")
