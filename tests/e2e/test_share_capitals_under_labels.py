"""An answer typed in capitals is posted under its label as it reads alone: an ordinary word
opening it is kept, a name in it still goes."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from bot.privacy import redact
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

# The subject (what the anonymizer leaves of an answer under its label) sits above the
# storage layer, whose every query other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

# Written for this test: a word-name opening it, a name inside it.
MOMENT = "PRECIOUS FEW TEARS THIS TIME. HER AUNTIE WINIFRED SAT WITH HER IN THE WAITING ROOM."
READ = "PRECIOUS FEW TEARS THIS TIME. HER AUNTIE [name] SAT WITH HER IN THE WAITING ROOM."


async def test_an_answer_in_capitals_is_posted_as_it_reads_alone(configured: World) -> None:
    w = configured
    assert redact(MOMENT) == READ  # alone
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, MOMENT, w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert preview.response is not None
    shown = preview.response.embeds[0].description
    assert READ in shown.split("\n")  # under its label, the same
    assert "WINIFRED" not in shown
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert draft.text == shown

    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert message.embeds[0].description == shown
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert (share.text, share.message_id) == (shown, message.id)
