"""A shared answer whose client is named by an everyday word, opening a sentence as the one
who does what only a person does, is posted without the name; the same kind of word as an
ordinary subject is posted as typed."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from bot.privacy import redact
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

# The subject (what the anonymizer leaves of an answer) sits above the storage layer, whose
# every query other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

# Written for this test: a word-name through an auxiliary chain and an aside, then the same
# kind of word as an abstract subject.
MOMENT = (
    "Destiny in Year 8 has been going to school every day and even stayed for the art club. "
    "Joy has come back into her drawings."
)
READ = (
    "[name] in Year 8 has been going to school every day and even stayed for the art club. "
    "Joy has come back into her drawings."
)


async def test_a_word_name_doing_a_persons_thing_is_not_posted(configured: World) -> None:
    w = configured
    assert redact(MOMENT) == READ
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, MOMENT, w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert preview.response is not None
    shown = preview.response.embeds[0].description
    assert READ in shown.split("\n")
    assert "Destiny" not in shown
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert draft.text == shown

    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert message.embeds[0].description == shown
    assert "Destiny" not in message.embeds[0].description
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert (share.text, share.message_id) == (shown, message.id)
