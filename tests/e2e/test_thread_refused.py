"""The bot may post in the consultation channel but not in its threads (an admin took Send
Messages in Threads from its role): the affirmations revealed and the presenter's closing are
kept, and whoever clicked is told plainly which permission is missing and that an admin can
grant it, rather than to try again in a moment."""

from __future__ import annotations

import dataclasses

import discord
import pytest
from simcord import assert_responded

from bot.outbox import PostState
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import Group, affirm, said, share_with_question, the_post, thread_of
from tests.e2e.test_round import group as group  # the fixture

RIGHTS = (
    "my role needs **Send Messages in Threads** in this round's thread, which someone with "
    "Manage Server can give it"
)


@pytest.fixture
async def no_thread_posts(group: Group) -> Group:
    """The group, its consultation channel one where the bot cannot post in threads."""
    g = group
    w = g.w
    locked = w.guild.create_text_channel(
        "consultation",
        overwrites={w.guild.me: discord.PermissionOverwrite(send_messages_in_threads=False)},
    )
    # /setup refuses such a channel: the permission was taken away after it was set.
    await bot_of(w.env).repos.servers.update(w.guild.id, consultation_channel_id=locked.id)
    return dataclasses.replace(g, w=dataclasses.replace(w, channel=locked))


async def test_a_reveal_into_a_thread_the_bot_may_not_post_in_names_the_permission(
    no_thread_posts: Group,
) -> None:
    g, w = no_thread_posts, no_thread_posts.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You stayed curious.")
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert revealed.response is not None
    assert said(thread_of(w)) == []
    assert revealed.response.content == (
        "The round is now in **Reflections**.\n1 affirmation could not be posted yet: "
        + RIGHTS
        + ". Nothing is posted twice: choose **Post the rest** once it is given."
    )
    again = await g.fiona.click(revealed.response.message, label="Post the rest")
    assert_responded(
        again,
        content=f"1 affirmation could still not be posted: {RIGHTS}. Nothing is posted twice: "
        "try again once it is given.",
        ephemeral=True,
    )
    assert said(thread_of(w)) == []
    (kept,) = await bot_of(w.env).repos.round.unrevealed(g.share_id)
    assert kept.text == "You stayed curious."


async def test_a_closing_refused_by_the_thread_permission_names_it_and_is_kept(
    no_thread_posts: Group,
) -> None:
    g, w = no_thread_posts, no_thread_posts.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(opened, {"takeaway": "Slow down.", "step": "Pause."})
    assert preview.response is not None
    refused = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(
        refused,
        content=f"**Not posted**: {RIGHTS}. Your closing is kept: choose **Post my closing** "
        "again once it is given.",
        ephemeral=True,
    )
    assert said(thread_of(w)) == []
    closing = await bot_of(w.env).repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.DRAFT
