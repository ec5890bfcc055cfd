"""A time zone changed between setting something up and the moment it is due.

A server's weekly summary, Mondays at 09:00: set to a zone where that moment had passed while
it was still to come in the old one, it was skipped (the schedule counted as set after it).

A server's meeting is kept as the instant its next one ends, worked out in the server's time
zone when it was set. An admin who then sets the server's time zone (the usual order for a
new server: the meeting first, the zone later) moved nothing: the next prompt came at the old
zone's clock time, telling members that a meeting 18:00-19:30 New York time "has ended" at
14:30, before it began, with a Log it form prefilled for 13:00-14:30."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import discord
import pytest
from simcord import MemberActor, assert_error, assert_responded
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from bot.app import create_bot
from storage.tables import Meeting
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, failing_while_on, modal_defaults
from tests.e2e.test_summary_flow import _posts as summary_posts  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_summary_flow import members_reflected

HOUR = 3600


async def _next_end(w: World) -> datetime | None:
    async with bot_of(w.env).repos.db.read() as session:
        row = (await session.execute(select(Meeting))).scalar()
    return None if row is None else row.next_end_at.replace(tzinfo=UTC)


def _prompts(actor: MemberActor) -> list[discord.Message]:
    return [m for m in actor.user.dm_channel.history() if "meeting in" in m.content]


@pytest.mark.postgres_too
async def test_a_meeting_set_before_the_servers_zone_follows_the_zone(
    world: World, facilitated: Any, admin: MemberActor
) -> None:
    w, fiona = world, facilitated
    saved = await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=90)
    assert_responded(saved, contains="Mondays at 18:00 for 90 minutes (UTC)", ephemeral=True)
    assert await _next_end(w) == datetime(2026, 1, 5, 19, 30, tzinfo=UTC)
    await w.alice.slash(w.channel, "hours prompts", on=True)

    zoned = await admin.slash(w.channel, "setup timezone", zone="America/New_York")
    assert_responded(
        zoned,
        contains="The group's meeting (Mondays at 18:00 for 90 minutes) is now at that time "
        "in America/New_York.",
        ephemeral=True,
    )
    # Monday 5 January, 19:30 in New York (EST, UTC-5) is 00:30 UTC on the 6th.
    assert await _next_end(w) == datetime(2026, 1, 6, 0, 30, tzinfo=UTC)

    await w.env.advance_time(4 * 24 * HOUR)  # Monday 5 January, 00:00 UTC
    await w.env.advance_time(20 * HOUR)  # 20:00 UTC, 15:00 in New York: not yet begun
    assert _prompts(w.alice) == []
    await w.env.advance_time(4 * HOUR + 31 * 60)  # 00:31 UTC: it ended at 19:30 New York
    (prompt,) = _prompts(w.alice)
    assert "2026-01-05 18:00-19:30" in prompt.content
    shown = await w.alice.user.click(prompt, label="Log it")
    assert modal_defaults(shown)["when"] == "2026-01-05 18:00-19:30"
    assert await _next_end(w) == datetime(2026, 1, 13, 0, 30, tzinfo=UTC)


async def test_the_same_zone_set_again_moves_no_meeting(
    world: World, facilitated: Any, admin: MemberActor
) -> None:
    """A meeting set in the zone already, and the zone set again, moves nothing."""
    w, fiona = world, facilitated
    await admin.slash(w.channel, "setup timezone", zone="Europe/Berlin")
    saved = await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=90)
    assert_responded(saved, contains="(Europe/Berlin)", ephemeral=True)
    assert await _next_end(w) == datetime(2026, 1, 5, 18, 30, tzinfo=UTC)
    again = await admin.slash(w.channel, "setup timezone", zone="Europe/Berlin")
    assert again.acknowledged
    assert await _next_end(w) == datetime(2026, 1, 5, 18, 30, tzinfo=UTC)


async def test_a_zone_whose_meeting_cannot_be_moved_is_not_saved_either(
    world: World, facilitated: Any, admin: MemberActor
) -> None:
    """The zone and the meeting's move are one write: a failure leaves both as they were,
    and the admin's retry saves both."""
    w, fiona = world, facilitated
    await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=90)
    with failing_while_on(
        w.env, lambda sql: sql.startswith("UPDATE MEETINGS"), "database is locked"
    ) as on:
        on.append(True)
        failed = await admin.slash(w.channel, "setup timezone", zone="America/New_York")
    assert failed.response is not None and "something went wrong" in failed.response.content
    assert_error(w.env, OperationalError)
    assert (await bot_of(w.env).repos.servers.get(w.guild.id)).timezone == "UTC"
    assert await _next_end(w) == datetime(2026, 1, 5, 19, 30, tzinfo=UTC)

    saved = await admin.slash(w.channel, "setup timezone", zone="America/New_York")
    assert_responded(saved, contains="is now at that time in America/New_York", ephemeral=True)
    assert (await bot_of(w.env).repos.servers.get(w.guild.id)).timezone == "America/New_York"
    assert await _next_end(w) == datetime(2026, 1, 6, 0, 30, tzinfo=UTC)


async def test_a_summary_still_to_come_is_posted_when_the_new_zone_has_passed_its_time(
    world: World, facilitation: Any
) -> None:
    """Mondays at 09:00: at 08:00 in New York the admin sets London's zone, where 09:00 has
    passed. The summary of the week before, still to come an hour later, was dropped (a
    schedule changed after its moment skips it); it is now posted at once, and once."""
    w = world
    admin, _fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=True)  # Mondays 09:00 New York
    await w.env.advance_time(4 * 24 * HOUR + 13 * HOUR)  # Mon 5 Jan 13:00 UTC, 08:00 there
    assert summary_posts(weekly) == []
    done = await admin.slash(w.channel, "setup timezone", zone="Europe/London")
    assert_responded(done, contains="Saved.", ephemeral=True)
    await w.env.advance_time(60)
    (posted,) = summary_posts(weekly)
    assert "29 December" in (posted.embeds[0].title or "")
    await w.env.advance_time(2 * HOUR)  # past 09:00 in New York too: not posted again
    await w.env.advance_time(7 * 24 * HOUR)
    assert len(summary_posts(weekly)) == 1  # the next week had no entries


async def test_a_summary_owed_by_a_zone_change_survives_a_restart(
    world: World, facilitation: Any
) -> None:
    """The same change, and the bot restarted in the seconds before its next pass: the week
    owed was kept in the process's memory only, so the restarted bot skipped it (the schedule
    counted as set after its moment). It is now stored with the schedule: the schedule counts
    as set from the moment it jumped over, and the restarted bot posts that week, once."""
    w = world
    admin, _fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=True)  # Mondays 09:00 New York
    await w.env.advance_time(4 * 24 * HOUR + 13 * HOUR)  # Mon 5 Jan 13:00 UTC, 08:00 there
    # The scheduler's pass that follows the change fails (to be tried in a minute), and the
    # bot is restarted before that minute is up.
    with failing_while_on(
        w.env, lambda sql: "SUMMARY_DAY IS NOT NULL" in sql, "database is locked"
    ) as on:
        on.append(True)
        done = await admin.slash(w.channel, "setup timezone", zone="Europe/London")
        assert_responded(done, contains="Saved.", ephemeral=True)
        await w.env.restart_bot(create_bot())
    settings = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert settings.schedule_set_at == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # London's 09:00
    await w.env.advance_time(60)
    (posted,) = summary_posts(weekly)
    assert "29 December" in (posted.embeds[0].title or "")
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(2 * HOUR)  # past 09:00 in New York too: not posted again
    assert len(summary_posts(weekly)) == 1


async def test_a_zone_set_before_the_summarys_time_in_both_zones_posts_it_once_on_time(
    world: World, facilitation: Any
) -> None:
    w = world
    admin, _fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=True)  # Mondays 09:00 New York
    await w.env.advance_time(4 * 24 * HOUR + 7 * HOUR)  # Mon 5 Jan 07:00 UTC
    done = await admin.slash(w.channel, "setup timezone", zone="Europe/London")
    assert_responded(done, contains="Saved.", ephemeral=True)
    await w.env.advance_time(HOUR + 59 * 60)  # 08:59 UTC
    assert summary_posts(weekly) == []
    await w.env.advance_time(2 * 60)  # 09:01 in London
    assert len(summary_posts(weekly)) == 1
    await w.env.advance_time(6 * HOUR)  # past 09:00 in New York: not again
    assert len(summary_posts(weekly)) == 1
