"""Which /hours Edit form stored an entry last: an Edit form carries the digest of the entry
it was opened on and a one-time id, and one opened before a newer change (another window's
edit, a request for attestation, a facilitator's answer) is not allowed to overwrite it.

Entries stored before this migration have none: no Edit form still open carries an id (forms
sent before it carry none and are handled as before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"


def upgrade() -> None:
    # Plain ADD COLUMN, as in 0013 to 0015: a nullable column needs no table copy.
    op.add_column("hours_log", sa.Column("edit_token", sa.String(24), nullable=True))


def downgrade() -> None:
    op.drop_column("hours_log", "edit_token")
