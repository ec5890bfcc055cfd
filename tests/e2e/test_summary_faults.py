"""The weekly summary under faults: a refusing channel, a lost record, a restart, a mid-week
post, and a contributor's erasure after the post."""

from __future__ import annotations

from datetime import date

import discord
import pytest
from simcord import ChannelHandle, InteractionResult, MemberActor, assert_responded

from bot.app import create_bot
from bot.outbox import PostState
from cogs import _services
from cogs.summary import summary_slot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, erase_everything
from tests.e2e.test_summary_flow import (
    DAY,
    HOUR,
    _consented,
    members_reflected,
)

pytestmark = pytest.mark.simcord(settle_timeout=30)  # posts, restarts and retries

INJECTED = "Missing Permissions"
MONDAY_0901_LOCAL = 4 * DAY + 14 * HOUR + 60  # Mon 5 Jan 2026 14:01 UTC = 09:01 New York


def _refuse_posts(w: World, weekly) -> None:
    """The next post in the summary channel is refused: the bot lacks Send Messages there."""
    w.env.inject_error(
        "POST", f"/channels/{weekly.id}/messages", status=403, code=50013, message=INJECTED
    )


def _texts(weekly) -> list[str]:
    return [m.embeds[0].description if m.embeds else m.content for m in weekly.history()]


@pytest.mark.postgres_too
async def test_a_refused_scheduled_post_is_reported_and_retried_after_a_setup_change(
    world: World, facilitation
) -> None:
    w = world
    admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=True, moment="Moment {}.")
    _refuse_posts(w, weekly)
    await w.env.advance_time(MONDAY_0901_LOCAL - 30)  # refused at 09:00, before the retry
    assert weekly.history() == []
    told = await fiona.slash(w.channel, "summary", week="last week")
    assert told.acknowledged and told.ephemeral
    assert "A summary post failed" in told.response.content
    assert "Send Messages" in told.response.content
    # An unrelated /setup change does not make the failed week be forgotten.
    done = await admin.slash(w.channel, "setup minimum", contributors=3)
    assert_responded(done, contains="Saved.", ephemeral=True)
    await w.env.advance_time(2 * 60)
    (posted,) = weekly.history()
    assert "29 December" in posted.embeds[0].title
    await w.env.advance_time(6 * HOUR)
    assert len(weekly.history()) == 1
    repos = bot_of(w.env).repos
    slot = summary_slot(w.guild.id, date(2025, 12, 29))
    post = await repos.outbox.by_slot(slot)
    assert post is not None and post.state is PostState.POSTED and post.message_id == posted.id
    assert await repos.audit.kinds("summary_post") == [(None, w.guild.id, "2025-12-29")]


async def test_a_failed_button_post_says_why_then_posts_on_the_next_click(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    await members_reflected(w, facilitation, 3, schedule=False, moment="Moment {}.")
    await w.env.advance_time(5 * DAY)  # Tue 6 Jan: last week is over
    preview = await fiona.slash(w.channel, "summary", week="last week")
    _refuse_posts(w, weekly)
    failed = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert failed.acknowledged and failed.ephemeral
    assert "I couldn't post the summary" in failed.response.content
    assert "Nothing was posted" in failed.response.content
    assert weekly.history() == []
    again = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert_responded(again, content="Posted.", ephemeral=True)
    third = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert_responded(third, contains="already posted", ephemeral=True)
    assert len(weekly.history()) == 1


async def test_a_lost_summary_record_is_repaired_after_a_restart_not_posted_twice(
    world: World, facilitation, weekly: ChannelHandle
) -> None:
    w = world
    await members_reflected(w, facilitation, 3, schedule=True, moment="Moment {}.")
    repos = bot_of(w.env).repos

    async def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("database went away")

    repos.outbox.record_sent = broken  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(MONDAY_0901_LOCAL)
    assert len(weekly.history()) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(6 * HOUR)
    (posted,) = weekly.history()
    post = await bot_of(w.env).repos.outbox.by_slot(summary_slot(w.guild.id, date(2025, 12, 29)))
    assert post is not None and post.state is PostState.POSTED and post.message_id == posted.id


async def test_a_mid_week_post_leaves_the_scheduled_one_alone(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    await members_reflected(w, facilitation, 3, schedule=True, moment="Moment {}.")
    preview = await fiona.slash(w.channel, "summary", week="this week")
    early = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert "the scheduled summary will still be posted" in early.response.content
    assert "3 reflections from 3 contributors" in _texts(weekly)[0]
    await w.env.advance_time(DAY)  # a later entry, the same week
    await _consented(bot_of(w.env), 200, w.guild.id, "A later moment.")
    await w.env.advance_time(MONDAY_0901_LOCAL - DAY)
    texts = _texts(weekly)
    assert len(texts) == 2
    assert "4 reflections from 4 contributors" in texts[1]


async def _posted_with_alice(w: World, facilitation, *, others: int) -> discord.Message:
    """A scheduled summary posted for `others` members and Alice, who wrote a quotable line."""
    weekly = facilitation[3]
    await members_reflected(w, facilitation, others, schedule=True, moment="Moment {}.")
    await _consented(bot_of(w.env), w.alice.id, w.guild.id, "Alice's quotable moment.")
    await w.env.advance_time(MONDAY_0901_LOCAL)
    (posted,) = weekly.history()
    return posted


async def _alice_forgets(w: World) -> InteractionResult:
    return await erase_everything(w.alice, w.channel)


def _assert_rebuilt_without_alice(weekly, posted: discord.Message) -> None:
    (edited,) = weekly.history()
    assert edited.id == posted.id
    assert "3 reflections from 3 contributors" in edited.embeds[0].description
    assert "quotable" not in str(edited.embeds[0].to_dict())


async def test_a_posted_summary_is_rebuilt_without_a_member_who_erases(
    world: World, facilitation, weekly: ChannelHandle
) -> None:
    w = world
    posted = await _posted_with_alice(w, facilitation, others=3)
    assert "4 reflections from 4 contributors" in posted.embeds[0].description
    await _alice_forgets(w)
    _assert_rebuilt_without_alice(weekly, posted)


async def test_a_summary_left_below_the_minimum_by_an_erasure_is_deleted(
    world: World, facilitation, weekly: ChannelHandle
) -> None:
    w = world
    await _posted_with_alice(w, facilitation, others=2)
    done = await _alice_forgets(w)
    assert "Everything Sparkle held about you is erased" in done.response.content
    assert weekly.history() == []
    assert await bot_of(w.env).repos.outbox.summaries_of(w.guild.id) == []


async def test_a_refused_rebuild_after_an_erasure_is_retried_across_a_restart(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """The erased member's quote does not stay up because one edit was refused."""
    w = world
    posted = await _posted_with_alice(w, facilitation, others=3)
    w.env.inject_error(
        "PATCH", f"/channels/{weekly.id}/messages/*", status=503, code=0, message="Unavailable"
    )
    await _alice_forgets(w)
    (still,) = weekly.history()
    assert "4 reflections from 4 contributors" in still.embeds[0].description  # refused once
    repos = bot_of(w.env).repos
    (job,) = await repos.outbox.summaries_of(w.guild.id)
    assert job.state is PostState.REFRESHING and job.problem is not None
    told = await fiona.slash(w.channel, "summary", week="last week")
    assert (
        "Updating a posted summary after a member changed or withdrew what they contributed "
        "failed" in told.response.content
    )
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(2 * 60)  # the first retry is due after a minute
    _assert_rebuilt_without_alice(weekly, posted)
    (done,) = await bot_of(w.env).repos.outbox.summaries_of(w.guild.id)
    assert done.state is PostState.POSTED and done.problem is None


async def test_an_erasure_cut_short_before_the_rebuild_still_rebuilds_after_a_restart(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """The erasure's transaction commits, then the bot stops before the posted summary is
    rebuilt (a crash or restart there): the rebuild was marked in the same transaction, so
    the quote does not stay up, and nothing of hers is left to erase."""
    w = world
    await members_reflected(w, facilitation, 3, schedule=False, moment="Moment {}.")
    await _consented(bot_of(w.env), w.alice.id, w.guild.id, "Alice's quotable moment.")
    pulled = await fiona.slash(w.channel, "summary", week="this week")
    await fiona.click(pulled.response.message, label="Post to the summary channel")
    (posted,) = weekly.history()
    assert "4 reflections from 4 contributors" in posted.embeds[0].description
    repos = bot_of(w.env).repos
    summaries = _services.find(bot_of(w.env), _services.Summaries)
    assert summaries is not None

    async def stopped_here(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the bot stopped here")

    # The bot stops before any rebuild: neither the erasure nor the outbox loop rebuilds now.
    summaries.refresh_after_erasure = stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    summaries.refresh = stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    cut = await _alice_forgets(w)
    assert "Everything Sparkle held about you is erased" in cut.response.content
    (job,) = await repos.outbox.summaries_of(w.guild.id)
    assert job.state is PostState.REFRESHING  # the rebuild is a stored job already
    assert (await repos.entries.list_for_author(w.alice.id, limit=10)).items == []
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(1)
    _assert_rebuilt_without_alice(weekly, posted)
    left = await bot_of(w.env).repos.round.export(w.alice.id)
    assert all(v == [] for v in left.values())
