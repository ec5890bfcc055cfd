"""Per-server scripts, and the script version every entry was written with.

Creates `server_scripts`: every version of a script a server has used, kept as the TOML text
it was uploaded as, so an entry is always shown with its own version's questions. Adds
`entries.script_version`; existing entries were written with the shipped scripts, version 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.migrations.columns import snowflake_key, stamp

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.create_table(
        "server_scripts",
        snowflake_key("guild_id"),
        sa.Column("script_id", sa.String(32), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("source", sa.Text(), nullable=False),
        stamp("created_at"),
    )
    with op.batch_alter_table("entries") as batch:
        batch.add_column(
            sa.Column("script_version", sa.Integer(), nullable=False, server_default="1")
        )


def downgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("script_version")
    op.drop_table("server_scripts")
