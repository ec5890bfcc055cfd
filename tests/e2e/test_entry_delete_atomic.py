"""Deleting one entry from /entries: nothing changes before she confirms; then the database
part is one transaction (all or nothing) and Discord's part is stored jobs a restart finishes.

Shares recorded before the outbox existed (legacy `shares` rows) are the case the prompt used
to schedule for deletion when it was shown, Cancel or not.
"""

from __future__ import annotations

from typing import Any

import discord
import pytest
from simcord import InteractionResult, assert_responded

from bot.app import create_bot
from bot.outbox import PostState
from cogs import _services
from storage.tables import Answer, Entry, Post, Share
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, stored_entry
from tests.e2e.test_share_and_setup import posts

ANSWERS = {"moment": "A moment.", "doing": "I slowed down.", "how": "I prepared."}


async def _entry_with_legacy_share(w: World) -> tuple[int, discord.Message]:
    """Alice's entry with a share the bot posted before the outbox existed."""
    bot = bot_of(w.env)
    entry_id = await stored_entry(bot, w.alice.id, ANSWERS, guild_id=w.guild.id)
    channel = bot.get_channel(w.channel.id)
    assert isinstance(channel, discord.TextChannel)
    message = await channel.send("A share posted by an older Sparkle.")
    await bot.repos.shares.add(
        entry_id=entry_id,
        author_id=w.alice.id,
        guild_id=w.guild.id,
        channel_id=w.channel.id,
        message_id=message.id,
        thread_id=None,
        anonymous=True,
    )
    return entry_id, message


async def _asked_to_delete(w: World, entry_id: int) -> InteractionResult:
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    ask = await w.alice.click(opened.response.message, label="Delete")
    assert_responded(ask, contains=f"Delete entry #{entry_id} and its 1 shared post?")
    return ask


async def _rows(w: World, table: Any, *where: Any) -> int:
    async with bot_of(w.env).repos.db.read() as session:
        return len((await session.execute(table.__table__.select().where(*where))).all())


async def _all_of_it_kept(w: World, entry_id: int, message: discord.Message) -> None:
    assert await _rows(w, Entry, Entry.id == entry_id) == 1
    assert await _rows(w, Answer, Answer.entry_id == entry_id) == len(ANSWERS)
    assert len(await bot_of(w.env).repos.shares.for_entry(entry_id, w.alice.id)) == 1
    assert await _rows(w, Post) == 0  # no deletion job of any kind
    assert [m.id for m in posts(w)] == [message.id]


async def _all_of_it_gone(w: World, entry_id: int) -> None:
    assert posts(w) == []
    assert await _rows(w, Entry, Entry.id == entry_id) == 0
    assert await _rows(w, Answer, Answer.entry_id == entry_id) == 0
    assert await _rows(w, Share) == 0
    assert await _rows(w, Post) == 0  # every deletion job done


async def test_cancel_changes_nothing_not_even_a_share_from_before_the_outbox(
    configured: World,
) -> None:
    w = configured
    entry_id, message = await _entry_with_legacy_share(w)
    ask = await _asked_to_delete(w, entry_id)
    await _all_of_it_kept(w, entry_id, message)  # shown, not confirmed
    await w.alice.click(ask.response.message, label="Cancel")
    await w.env.restart_bot(create_bot())  # a fresh outbox pass finds no job either
    await w.env.advance_time(1)
    await _all_of_it_kept(w, entry_id, message)
    again = await _asked_to_delete(w, entry_id)
    gone = await w.alice.click(again.response.message, label="Delete entry")
    assert_responded(gone, contains=f"Entry #{entry_id} deleted.", ephemeral=True)
    assert "Not everything is gone" not in gone.response.content
    await _all_of_it_gone(w, entry_id)


async def _stopped_here(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("the bot stopped here")


@pytest.mark.postgres_too
async def test_a_fault_inside_the_deletion_deletes_nothing_and_deleting_again_deletes_all(
    configured: World,
) -> None:
    w = configured
    entry_id, message = await _entry_with_legacy_share(w)
    ask = await _asked_to_delete(w, entry_id)
    # Between the steps: the legacy share adopted as a deletion job, her rows not yet deleted.
    outbox = bot_of(w.env).repos.outbox
    outbox.request_deletion_in = _stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    cut = await w.alice.click(ask.response.message, label="Delete entry")
    assert cut.acknowledged
    assert f"Entry #{entry_id} was not deleted" in (cut.response.content or "") + "".join(
        f.content for f in cut.followups
    )
    await _all_of_it_kept(w, entry_id, message)  # all of it rolled back

    await w.env.restart_bot(create_bot())
    again = await _asked_to_delete(w, entry_id)
    gone = await w.alice.click(again.response.message, label="Delete entry")
    assert_responded(gone, contains=f"Entry #{entry_id} deleted.", ephemeral=True)
    await _all_of_it_gone(w, entry_id)


async def test_a_stop_after_the_deletion_commits_is_finished_by_a_restart(
    configured: World,
) -> None:
    w = configured
    entry_id, message = await _entry_with_legacy_share(w)
    ask = await _asked_to_delete(w, entry_id)
    outbox = _services.find(bot_of(w.env), _services.Outbox)
    assert outbox is not None
    # The bot stops once the transaction commits: nothing is deleted on Discord before the
    # restart, neither by the deletion nor by the outbox loop.
    outbox.delete_now = _stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    outbox.run_deletions = _stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    cut = await w.alice.click(ask.response.message, label="Delete entry")
    assert_responded(cut, contains="Not everything is gone yet", ephemeral=True)
    assert await _rows(w, Entry, Entry.id == entry_id) == 0
    assert await _rows(w, Share) == 0
    (job,) = await bot_of(w.env).repos.outbox.by_ids([1])
    assert job.state is PostState.DELETING and job.message_id == message.id
    assert [m.id for m in posts(w)] == [message.id]

    await w.env.restart_bot(create_bot())
    await w.env.advance_time(1)
    await _all_of_it_gone(w, entry_id)
