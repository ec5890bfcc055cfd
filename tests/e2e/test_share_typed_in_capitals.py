"""A note typed in capitals is anonymized like one typed in ordinary case, and kept as typed."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

# The subject (what the anonymizer leaves of a note in capitals) sits above the storage
# layer, whose every query other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

KEPT = "Kept as ordinary words:"
MOMENT = (
    "PLAN: HER MUM DEBBIE TO COME NEXT TIME. SHE LIVES IN WOLVERHAMPTON NOW, "
    "RING 07700 900461. WE DID CBT AND THE SCALING QUESTION; SHE PLAYS ROBLOX TO CALM DOWN."
)


async def test_a_note_in_capitals_is_posted_without_its_identifiers(configured: World) -> None:
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, MOMENT, w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    shown = preview.response.embeds[0].description
    redacted = "PLAN: HER MUM [name] TO COME NEXT TIME. SHE LIVES IN [place] NOW, RING [phone]."
    assert redacted in shown
    assert "WE DID CBT AND THE SCALING QUESTION; SHE PLAYS ROBLOX TO CALM DOWN." in shown
    # the kept words a name could hide in, not every word of the note
    line = next(p for p in preview.response.content.split("\n") if p.startswith(KEPT))
    assert "Roblox" in line
    assert "Plan" not in line and "Lives" not in line and "LIVES" not in line
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert draft.text == shown
    assert w.channel.history() == []

    await w.alice.click(preview.response.message, label="Post anonymously")
    (message,) = posts(w)
    body = message.embeds[0].description
    for typed in ("DEBBIE", "WOLVERHAMPTON", "07700 900461"):
        assert typed not in body
    assert "SCALING QUESTION" in body
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert share.message_id == message.id
