"""A weekly summary built before an erasure and recorded after it: the erased member's quote
must not stay up. The erasure marks the summary being sent; recording its message makes it a
rebuild job, done at once, or by the outbox loop after a restart."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import ChannelHandle, MemberActor, assert_responded

from bot.app import create_bot
from bot.outbox import REPAIR_AFTER, PostState
from cogs._posts import take_down_erased
from tests.e2e.conftest import World
from tests.e2e.helpers import assert_nothing_stored_of, bot_of, erase_everything
from tests.e2e.test_summary_faults import _assert_rebuilt_without_alice
from tests.e2e.test_summary_flow import _consented, members_reflected

pytestmark = pytest.mark.simcord(settle_timeout=30)  # posts, a restart and a repair


async def _pulled_with_alice(w: World, facilitation, fiona: MemberActor) -> Any:
    """Three members and Alice (who wrote a quotable line) reflected; fiona's preview."""
    await members_reflected(w, facilitation, 3, schedule=False, moment="Moment {}.")
    await _consented(bot_of(w.env), w.alice.id, w.guild.id, "Alice's quotable moment.")
    pulled = await fiona.slash(w.channel, "summary", week="this week")
    assert "4 reflections from 4 contributors" in pulled.response.embeds[0].description
    return pulled


@pytest.mark.postgres_too
async def test_an_erasure_between_the_build_and_the_record_rebuilds_the_post(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    pulled = await _pulled_with_alice(w, facilitation, fiona)
    bot = bot_of(w.env)
    repos = bot.repos
    record_sent = repos.outbox.record_sent
    mydata: Any = bot.get_cog("MyData")  # the loaded extension's class, not this import's
    assert mydata is not None
    seen: list[str] = []

    async def alice_forgets_first(*args: Any, **kwargs: Any) -> Any:
        # The summary is built and sent; Alice's /forget commits before it is recorded.
        (sending,) = await repos.outbox.summaries_to_correct(w.guild.id)
        seen.append(sending.state)
        posts, rebuild = await mydata._erase_stored(w.alice.id)
        await take_down_erased(bot, posts, rebuild, actor_id=None)
        return await record_sent(*args, **kwargs)

    repos.outbox.record_sent = alice_forgets_first  # pyright: ignore[reportAttributeAccessIssue]
    posted = await fiona.click(pulled.response.message, label="Post to the summary channel")
    assert_responded(posted, contains="Posted.", ephemeral=True)
    assert seen == [PostState.SENDING]
    (message,) = weekly.history()
    _assert_rebuilt_without_alice(weekly, message)
    (done,) = await repos.outbox.summaries_of(w.guild.id)
    assert done.state is PostState.POSTED and not done.refresh_after_send
    await assert_nothing_stored_of(repos, w.alice.id)


async def test_a_summary_recorded_after_a_restart_still_leaves_out_who_erased(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """The bot stops between the summary's send and its record; Alice erases her data; the
    restarted bot's repair records the message and rebuilds it without her."""
    w = world
    pulled = await _pulled_with_alice(w, facilitation, fiona)
    repos = bot_of(w.env).repos

    async def stopped_here(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the bot stopped here")

    repos.outbox.record_sent = stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    await fiona.click(pulled.response.message, label="Post to the summary channel")
    (message,) = weekly.history()
    # Sent with Alice in it, never recorded.
    assert "4 reflections from 4 contributors" in message.embeds[0].description
    done = await erase_everything(w.alice, w.channel)
    assert "Everything Sparkle held about you is erased" in done.response.content
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(REPAIR_AFTER.total_seconds() + 2)
    _assert_rebuilt_without_alice(weekly, message)
    (post,) = await bot_of(w.env).repos.outbox.summaries_of(w.guild.id)
    assert post.state is PostState.POSTED and post.message_id == message.id
    await assert_nothing_stored_of(bot_of(w.env).repos, w.alice.id)


async def test_deleting_a_quoted_entry_rebuilds_the_posted_summary_without_it(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    pulled = await _pulled_with_alice(w, facilitation, fiona)
    await fiona.click(pulled.response.message, label="Post to the summary channel")
    (message,) = weekly.history()
    repos = bot_of(w.env).repos
    (entry,) = (await repos.entries.list_for_author(w.alice.id, limit=10)).items
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry.id)])
    ask = await w.alice.click(opened.response.message, label="Delete")
    gone = await w.alice.click(ask.response.message, label="Delete entry")
    assert_responded(gone, contains=f"Entry #{entry.id} deleted.", ephemeral=True)
    _assert_rebuilt_without_alice(weekly, message)
    (post,) = await repos.outbox.summaries_of(w.guild.id)
    assert post.state is PostState.POSTED
    assert await repos.summaries.contributions_of(w.alice.id) == []


async def test_withdrawing_consent_rebuilds_the_posted_summary_without_her_quote(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """Taking an entry out of the summary deletes its approved excerpts; a summary already
    posted must not keep quoting them."""
    w = world
    pulled = await _pulled_with_alice(w, facilitation, fiona)
    await fiona.click(pulled.response.message, label="Post to the summary channel")
    (message,) = weekly.history()
    repos = bot_of(w.env).repos
    (entry,) = (await repos.entries.list_for_author(w.alice.id, limit=10)).items
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry.id)])
    out = await w.alice.click(opened.response.message, label="Include in weekly group summary: Yes")
    assert out.acknowledged
    _assert_rebuilt_without_alice(weekly, message)
    stored = await repos.entries.get(entry.id, w.alice.id)
    assert stored is not None and not stored.consent_summary and stored.excerpts == {}
    (post,) = await repos.outbox.summaries_of(w.guild.id)
    assert post.state is PostState.POSTED
