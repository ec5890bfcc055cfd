"""A share is posted exactly as its author last saw it: the rule for any text posted for them."""

from __future__ import annotations

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts


async def test_an_edited_share_is_posted_exactly_as_previewed(configured: World) -> None:
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    shown_first = preview.response.embeds[0].description
    modal = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(
        modal, {"text": "Maria Gonzalez (555-201-3344) told me what else helped: the walk."}
    )
    assert_responded(edited, contains="edited text", ephemeral=True)
    shown = edited.response.embeds[0].description
    assert shown != shown_first and "Gonzalez" not in shown and "555-201-3344" not in shown
    posted = await w.alice.click(edited.response.message, label="Post anonymously")
    assert posted.acknowledged
    (message,) = posts(w)
    assert message.embeds[0].description == shown  # what was posted is what she saw last
    (stored,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert stored.text == shown
