"""Per-server scripts, and the script version every entry was written with.

Creates `server_scripts`: every version of a script a server has used, kept as the TOML text
it was uploaded as, so an entry is always shown with its own version's questions. Adds
`entries.script_version`; existing entries were written with the shipped scripts, version 1.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import TZDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_scripts",
        sa.Column("guild_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("script_id", sa.String(32), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_at", TZDateTime(), nullable=False),
    )
    with op.batch_alter_table("entries") as batch:
        batch.add_column(
            sa.Column("script_version", sa.Integer(), nullable=False, server_default="1")
        )


def downgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("script_version")
    op.drop_table("server_scripts")
