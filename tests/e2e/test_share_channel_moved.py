"""A share preview says "this is exactly what will be posted in #reflections". An admin who
then made another channel the consultation channel (a wider one, say) had the author's
confirm post it there: to people she never chose to share with. Now the click posts nothing,
says so and names where it would go now; posting from there is her choice."""

from __future__ import annotations

import pytest
from simcord import MemberActor, assert_responded

from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts  # pyright: ignore[reportPrivateUsage]


@pytest.mark.parametrize("label", ["Post anonymously", "Post with my name"])
async def test_a_preview_confirmed_after_the_channel_moved_posts_nothing_and_says_where_now(
    configured: World, admin: MemberActor, label: str
) -> None:
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains=f"will be posted in <#{w.channel.id}>", ephemeral=True)
    lounge = w.guild.create_text_channel("lounge")
    moved = await admin.slash(w.channel, "setup channels", consultation=lounge)
    assert_responded(moved, contains="Saved.", ephemeral=True)

    stale = await w.alice.click(preview.response.message, label=label)
    assert stale.acknowledged and stale.ephemeral and stale.response is not None
    assert stale.response.content.startswith("**Not posted.**")
    assert f"to be posted in <#{lounge.id}>" in stale.response.content
    assert lounge.history() == [] and posts(w) == []
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert draft.state is PostState.DRAFT and draft.channel_id is None

    posted = await w.alice.click(stale.response.message, label=label)
    assert_responded(posted, contains=f"Shared in <#{lounge.id}>", ephemeral=True)
    assert posts(w) == [] and len(lounge.history()) >= 1
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert (share.state, share.channel_id) == (PostState.POSTED, lounge.id)


@pytest.mark.postgres_too
async def test_an_edited_preview_confirmed_where_it_was_shown_posts_at_once(
    configured: World,
) -> None:
    """Nothing moved: the digest of the channel changes nothing for an ordinary confirm."""
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    form = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(form, {"text": "The walk helped, she told me."})
    posted = await w.alice.click(edited.response.message, label="Post anonymously")
    assert_responded(posted, contains=f"Shared in <#{w.channel.id}>", ephemeral=True)
    (message,) = posts(w)
    assert message.embeds[0].description == "The walk helped, she told me."
