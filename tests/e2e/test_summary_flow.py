"""/summary for facilitators, and the weekly post: at the local time, once, across a restart."""

from __future__ import annotations

import asyncio
from datetime import date

import discord
import pytest
from simcord import ChannelHandle, MemberActor, assert_responded

from bot.app import SparkleBot, create_bot
from bot.privacy import redact
from bot.summary.highlights import proposed_excerpts
from storage.repos import Repositories
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, stored_entry

HOUR = 3600.0
DAY = 24 * HOUR


async def _consented(
    bot: SparkleBot, author: int, guild_id: int, moment: str, *, approve: bool = True
) -> None:
    answers = {"moment": moment, "doing": "I asked a scaling question and slowed down."}
    answers |= {"how": "I prepared.", "frequency": "6", "next_step": "Keep asking what else."}
    entry_id = await stored_entry(bot, author, answers, guild_id=guild_id)
    assert await bot.repos.entries.set_consent(entry_id, author, True)
    if approve:  # as if the author clicked Include on the excerpts they were shown
        record = await bot.repos.entries.get(entry_id, author)
        assert record is not None
        shown = proposed_excerpts(record.kind, record.answers, redact)
        assert await bot.repos.entries.show_excerpts(entry_id, author, shown)
        assert await bot.repos.entries.approve_excerpts(entry_id, author, shown)


async def members_reflected(
    w: World,
    facilitation,
    count: int,
    *,
    schedule: bool,
    moment: str = "Moment number {} went well.",
    approve: bool = True,
) -> None:
    """The server set up (with or without a schedule) and `count` members' consented entries."""
    admin, _fiona, facilitators, weekly = facilitation
    await _set_up(w, admin, facilitators, weekly, schedule=schedule)
    await others_reflected(w, count, moment, approve=approve)


async def others_reflected(
    w: World, count: int, moment: str, *, first: int = 100, approve: bool = True
) -> None:
    """Consented entries by `count` members, user ids from `first` on; `moment` has a {} for
    the member's number."""
    for i in range(count):
        author = first + i
        await _consented(bot_of(w.env), author, w.guild.id, moment.format(i), approve=approve)


async def _set_up(w: World, admin, facilitators, weekly, *, schedule: bool) -> None:
    for command, options in (
        ("setup channels", {"summary": weekly, "consultation": w.channel}),
        ("setup facilitator", {"role": facilitators}),
        ("setup timezone", {"zone": "America/New_York"}),
    ):
        assert_responded(await admin.slash(w.channel, command, **options), contains="Saved.")
    if schedule:
        done = await admin.slash(w.channel, "setup schedule", day="0", time="09:00")
        assert_responded(done, contains="Mondays at 09:00", ephemeral=True)


def _posts(weekly) -> list[discord.Message]:
    return weekly.history()


async def test_non_facilitator_is_refused_and_learns_nothing(world: World, facilitation) -> None:
    w = world
    await members_reflected(w, facilitation, 3, schedule=False, moment="Moment {}")
    refused = await w.alice.slash(w.channel, "summary")
    assert_responded(refused, content="Only the server's facilitators can pull the weekly summary.")
    assert refused.ephemeral and refused.response.embeds == [] and not refused.response.attachments
    assert await bot_of(w.env).repos.audit.kinds("summary_pull") == []


async def test_facilitator_previews_privately_then_posts_once(world: World, facilitation) -> None:
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    assert preview.acknowledged and preview.ephemeral
    embed = preview.response.embeds[0]
    assert "3 reflections from 3 contributors" in embed.description
    # spelled as everywhere else the bot says it, in words a member recognises
    assert embed.footer.text == (
        "Anonymized: only entries their authors included, no names, highlights in random order."
    )
    chart = preview.response.attachments[0]
    assert chart.filename == "weekly-summary.png"
    assert embed.image.url == "attachment://weekly-summary.png"  # inline in the embed
    assert chart.description is not None
    assert chart.description.startswith("Chart. Reflections per day: Mon ")
    assert "How often it happens (0-10), average by week:" in chart.description
    assert _posts(weekly) == []
    assert await bot_of(w.env).repos.audit.kinds("summary_pull") == [
        (fiona.id, w.guild.id, "2025-12-29")
    ]
    posted = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert_responded(posted, contains="Posted.", ephemeral=True)
    assert "the scheduled summary will still be posted" in posted.response.content
    again = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert_responded(again, contains="already posted", ephemeral=True)
    assert len(_posts(weekly)) == 1


async def test_below_the_minimum_nothing_but_the_count_needed(
    world: World, facilitation, fiona: MemberActor
) -> None:
    w = world
    await members_reflected(w, facilitation, 2, schedule=False, moment="Moment {}")
    preview = await fiona.slash(w.channel, "summary")
    assert preview.acknowledged and preview.ephemeral
    assert "2 took part, 3 are needed" in preview.response.content
    assert preview.response.embeds == [] and preview.response.attachments == []
    assert "Post to the summary channel" not in str(preview.response.components)


@pytest.mark.runs_long
@pytest.mark.simcord(settle_timeout=30)
async def test_scheduled_post_fires_at_local_time_once_a_week_across_a_restart(
    world: World, facilitation, weekly: ChannelHandle
) -> None:
    w = world
    # Thu 1 Jan 2026, 00:00 UTC. Monday 09:00 in New York is 14:00 UTC.
    await members_reflected(w, facilitation, 3, schedule=True, moment="First week moment {}.")
    await w.env.advance_time(4 * DAY + 13 * HOUR + 59 * 60)  # Mon 5 Jan 13:59 UTC
    assert _posts(weekly) == []
    await w.env.advance_time(2 * 60)  # 14:01 UTC = 09:01 local
    assert len(_posts(weekly)) == 1
    assert "29 December" in _posts(weekly)[0].embeds[0].title

    await others_reflected(w, 3, "Second week moment {}.", first=200)
    # The bot goes down before Monday 12 Jan 09:00 local and comes back an hour after it.
    await w.env.advance_time(7 * DAY - 2 * 60 - 60)  # Mon 12 Jan 13:58 UTC
    summary_cog = bot_of(w.env).get_cog("Summary")
    await bot_of(w.env).remove_cog("Summary")  # down: its scheduler stops with it
    assert summary_cog is not None
    await w.env.advance_time(HOUR)
    assert len(_posts(weekly)) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(60)
    assert len(_posts(weekly)) == 2, "caught up once after the restart"

    await others_reflected(w, 3, "Third week moment {}.", first=300)
    await w.env.advance_time(7 * DAY)
    await w.env.advance_time(7 * DAY)
    titles = [m.embeds[0].title for m in _posts(weekly) if m.embeds]
    assert len(set(titles)) == 3  # three distinct summary weeks...
    # ...and the fourth week had nobody, so nothing at all is posted for it.
    assert len(_posts(weekly)) == 3


@pytest.mark.postgres_too
async def test_two_processes_claim_a_week_exactly_once(database_url: str) -> None:
    """Two bots on one database: independent engines race for the same (server, week)."""
    from datetime import UTC, datetime

    def clock() -> datetime:
        return datetime(2026, 1, 5, 14, tzinfo=UTC)

    first = Repositories.open(database_url, b"k" * 32, clock=clock)
    await first.migrate()
    second = Repositories.open(database_url, b"k" * 32, clock=clock)
    try:
        week = date(2025, 12, 29)
        results = await asyncio.gather(
            *(repos.servers.claim_summary(1, week) for repos in (first, second) for _ in range(10))
        )
        assert sorted(results) == [False] * 19 + [True]
    finally:
        await first.close()
        await second.close()


@pytest.mark.simcord(settle_timeout=30)
async def test_schedule_off_posts_nothing_and_setup_show_says_so(
    world: World, facilitation, weekly: ChannelHandle
) -> None:
    """`/setup schedule day:Off` stops the weekly post: the week passes with enough members
    and nothing is posted; the setting is stored as no day and shown as off."""
    w = world
    admin, fiona, _facilitators, _weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=True, moment="A moment {} went well.")
    off = await admin.slash(w.channel, "setup schedule", day="off")
    assert_responded(off, contains="Saved.", ephemeral=True)
    assert "**Weekly summary:** off" in off.response.content
    settings = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert settings.summary_day is None and settings.summary_time is None
    shown = await admin.slash(w.channel, "setup show")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    assert "**Weekly summary:** off" in shown.response.content
    await w.env.advance_time(4 * DAY + 15 * HOUR)  # past Mon 5 Jan 09:00 in New York
    await w.env.restart_bot(create_bot())  # a restart does not bring the schedule back
    await w.env.advance_time(7 * DAY)
    assert _posts(weekly) == []
    # The facilitator can still pull the week by hand.
    preview = await fiona.slash(w.channel, "summary", week="2026-01-01")
    assert preview.acknowledged and preview.ephemeral and preview.response is not None
    assert "3 reflections from 3 contributors" in preview.response.embeds[0].description


async def test_summary_of_a_week_given_by_a_date(world: World, facilitation) -> None:
    """`/summary week:2026-01-02` is the week holding that date (Monday 29 December), and
    only the entries written in it."""
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False, moment="Week one moment {}.")
    await w.env.advance_time(7 * DAY)  # Thu 8 Jan: the next week
    await others_reflected(w, 1, "Week two moment {}.", first=200)
    preview = await fiona.slash(w.channel, "summary", week="2026-01-02")
    assert preview.acknowledged and preview.ephemeral and preview.response is not None
    (embed,) = preview.response.embeds
    assert "29 December" in (embed.title or "")
    assert "3 reflections from 3 contributors" in (embed.description or "")
    assert weekly.history() == []
    assert await bot_of(w.env).repos.audit.kinds("summary_pull") == [
        (fiona.id, w.guild.id, "2025-12-29")
    ]
