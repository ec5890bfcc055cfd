"""Replies that list failing posts (/summary's, under the preview; /forget's and a deletion's
"what remains"): however many there are, the reply is one message, naming as many as fit and
how many more, never lost to Discord's 2,000 characters."""

from __future__ import annotations

import discord
from simcord import MemberActor

from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, erase_everything
from tests.e2e.test_share_and_setup import _preview
from tests.e2e.test_share_faults import (
    _channel_where_the_bot_has,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_share_faults import (
    discord_thread_rule as discord_thread_rule,  # the fixture, used here too
)

SHARES = 16


async def test_many_failing_deletions_still_leave_the_facilitator_her_preview(
    world: World, admin: MemberActor, facilitated: MemberActor
) -> None:
    w = world
    fiona = facilitated
    # Manage Threads was taken from the bot after /setup: no share's thread can be deleted.
    w.channel = _channel_where_the_bot_has(w, manage_threads=False)
    await bot_of(w.env).repos.servers.update(w.guild.id, consultation_channel_id=w.channel.id)
    for posted in await _post_shares(w):
        partly = await w.alice.click(posted, label="Delete share")
        assert partly.response is not None and "not fully deleted" in partly.response.content
    problems = await bot_of(w.env).repos.outbox.problems_in(w.guild.id)
    assert len(problems) == SHARES and all(p.state is PostState.DELETING for p in problems)

    shown = await fiona.slash(w.channel, "summary")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    text = shown.response.content
    assert len(text) <= 2000
    assert "took part, 3 are needed" in text  # the preview itself (too few this week)
    listed = text.count("⚠️ Deleting a post failed: ")
    assert 5 <= listed < SHARES and "Manage Threads" in text
    assert f"…and {SHARES - listed} more failing posts" in text
    assert not [e for e in w.env.errors if isinstance(e, discord.HTTPException)]


async def test_forget_with_many_posts_left_says_what_remains_in_one_message(
    world: World, admin: MemberActor
) -> None:
    """/forget says exactly what is still on Discord: with many shares whose threads the bot
    may not delete, as many as fit in one message are named, and how many more."""
    w = world
    w.channel = _channel_where_the_bot_has(w, manage_threads=False)
    await bot_of(w.env).repos.servers.update(w.guild.id, consultation_channel_id=w.channel.id)
    await _post_shares(w)
    done = await erase_everything(w.alice, w.channel)
    assert done.acknowledged and done.response is not None and done.followups == []
    text = done.response.content
    assert len(text) <= 2000
    assert "Not everything is gone yet" in text and f"{SHARES} posts are still on" in text
    named = text.count("- a shared post in ")
    assert 3 <= named < SHARES and "Manage Threads" in text
    assert f"…and {SHARES - named} more" in text
    assert (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items == []
    assert len(await bot_of(w.env).repos.outbox.problems_in(w.guild.id)) == SHARES
    assert not [e for e in w.env.errors if isinstance(e, discord.HTTPException)]


async def _post_shares(w: World) -> list[discord.Message]:
    """Alice shares SHARES moments (each confirmed); the bot's replies saying they are up."""
    replies: list[discord.Message] = []
    for n in range(SHARES):
        preview = await _preview(w, f"Moment {n} went well.")
        assert preview.response is not None
        posted = await w.alice.click(preview.response.message, label="Post anonymously")
        assert posted.response is not None and "Shared in" in posted.response.content
        replies.append(posted.response.message)
    return replies
