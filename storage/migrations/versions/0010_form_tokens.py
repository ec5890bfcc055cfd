"""One-time form ids: the entry or hours row a form's submit created remembers the form, so
the same form submitted twice (its first answer lost) is stored once."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"

_TABLES = ("entries", "hours_log")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("form_token", sa.String(24), nullable=True))
        op.create_index(f"ix_{table}_form_token", table, ["form_token"], unique=True)


def downgrade() -> None:
    for table in _TABLES:
        op.drop_index(f"ix_{table}_form_token", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("form_token")
