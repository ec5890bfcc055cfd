"""Which Edit form stored an entry's excerpts: an excerpt form carries a one-time id, and one
opened before a newer change (another edit, "Don't quote me", an edit of the entry) is not
allowed to overwrite it.

Excerpts stored before this migration have none: they were stored by no form still open
that carries an id (forms sent before it carry none and are handled as before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"


def upgrade() -> None:
    # Plain ADD COLUMN, as in 0013 and 0014: a nullable column needs no table copy.
    op.add_column("excerpts", sa.Column("form_token", sa.String(24), nullable=True))


def downgrade() -> None:
    op.drop_column("excerpts", "form_token")
