"""Indexes for lookups the bot makes on every meeting or command, which read whole tables:

* `hours_log (guild_id)`: who logged hours in a server, read for each meeting's prompts (with
  `ix_hours_log_attest` for those asking its facilitators to attest);
* `meeting_sends (once)`: whose prompt a click on its button answers;
* `rounds (entry_id)`: the rounds of a member's entries, read after each of her commands (what
  is owed to her as a presenter) and by /whatworks and the next-step review (their closings);
* `hours_notices (hours_id)`: the notice a facilitator's answer on an hours entry just stored;
* `audit_events (kind, guild_id, subject)`: whether an hours entry's reopening is on record.

`bench/lookup_indexes.py` shows each plan and its time before and after.
"""

from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"

INDEXES = (
    ("ix_hours_log_guild", "hours_log", ["guild_id"]),
    ("ix_meeting_sends_once", "meeting_sends", ["once"]),
    ("ix_rounds_entry", "rounds", ["entry_id"]),
    ("ix_hours_notices_hours", "hours_notices", ["hours_id"]),
    ("ix_audit_events_subject", "audit_events", ["kind", "guild_id", "subject"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
