"""Posts a moderator deleted on Discord before the bot deletes or edits them (404): Delete
share, /forget and the rebuild of a weekly summary after an erasure each count what is gone
as gone. The member is told it is done (never "something went wrong", never a retry for
ever), and no job or record of it is left behind."""

from __future__ import annotations

from typing import Any

from simcord import ChannelHandle, MemberActor

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, erase_everything
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_summary_flow import (
    _consented,  # pyright: ignore[reportPrivateUsage]
    members_reflected,
)


async def _deleted_by_a_moderator(w: World, channel: ChannelHandle, message_id: int) -> None:
    w.env.backend.delete_message(channel.id, message_id)
    await w.env.settle()


def _told(result) -> list[str]:
    assert result.acknowledged and result.response is not None
    return [m.content for m in [result.response, *result.followups] if m.content]


async def test_delete_share_after_a_moderator_deleted_the_post(configured: World) -> None:
    w = configured
    preview = await _preview(w)
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    (message,) = posts(w)
    await _deleted_by_a_moderator(w, w.channel, message.id)
    gone = await w.alice.click(posted.response.message, label="Delete share")
    assert _told(gone) == ["Share deleted, with its thread."]
    assert w.channel.threads == []  # its thread (still there) is deleted too
    repos = bot_of(w.env).repos
    assert await repos.outbox.shares_of(w.alice.id) == []
    assert await repos.outbox.problems_in(w.guild.id) == []


async def test_forget_after_a_moderator_deleted_the_post_and_its_thread(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    await w.alice.click(preview.response.message, label="Post anonymously")
    (message,) = posts(w)
    (thread,) = w.channel.threads
    w.env.backend.delete_channel(thread.id)
    await _deleted_by_a_moderator(w, w.channel, message.id)
    erased = await erase_everything(w.alice, w.channel)
    (told,) = _told(erased)
    assert told.startswith("Done. Everything Sparkle held about you is erased."), told
    repos = bot_of(w.env).repos
    assert await repos.outbox.shares_of(w.alice.id) == []
    assert await repos.outbox.problems_in(w.guild.id) == []
    await w.env.advance_time(30 * 60)
    assert w.env.errors == []


async def test_an_erasure_after_a_moderator_deleted_the_summary_that_quoted_her(
    world: World, facilitation: Any, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    await members_reflected(w, facilitation, 3, schedule=False)
    await _consented(bot_of(w.env), w.alice.id, w.guild.id, "Alice's quotable moment.")
    pulled = await fiona.slash(w.channel, "summary", week="this week")
    await fiona.click(pulled.response.message, label="Post to the summary channel")
    (message,) = weekly.history()
    await _deleted_by_a_moderator(w, weekly, message.id)
    erased = await erase_everything(w.alice, w.channel)
    (told,) = _told(erased)
    assert told.startswith("Done. Everything Sparkle held about you is erased."), told
    repos = bot_of(w.env).repos
    assert await repos.outbox.summaries_of(w.guild.id) == []  # no rebuild left to retry
    assert await repos.outbox.problems_in(w.guild.id) == []
    await w.env.advance_time(30 * 60)
    assert weekly.history() == []  # nothing re-posted on its own
    again = await fiona.slash(w.channel, "summary", week="this week")
    assert "failed" not in again.response.content
