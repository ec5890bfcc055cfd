"""When a step-out notice or a keep offer owed to the presenter was claimed for sending.

Each is claimed (compare-and-set) before it is sent, so that two of her commands at once give
it once. A process that stopped between the claim and the send never gave it back: it was
lost. The claim's moment is stored now, and one older than `OWED_CLAIM_HOLD` counts as not
taken; `told` (and `keep_offer_owed` cleared) is written only once the send worked.

Rows from before this migration have no claim: those not told (or still owed) stay owed, and
those already marked told or given stay done.
"""

from __future__ import annotations

from alembic import op

from storage.migrations.columns import stamp

revision = "0020"
down_revision = "0019"


def upgrade() -> None:
    with op.batch_alter_table("round_stepouts") as batch:
        batch.add_column(stamp("claimed_at", nullable=True))
    with op.batch_alter_table("rounds") as batch:
        batch.add_column(stamp("keep_offer_claimed_at", nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rounds") as batch:
        batch.drop_column("keep_offer_claimed_at")
    with op.batch_alter_table("round_stepouts") as batch:
        batch.drop_column("claimed_at")
