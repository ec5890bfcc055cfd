"""/remind: a weekly DM at the user's local time; closed DMs get one attempt and a notice."""

from __future__ import annotations

import pytest
from simcord import MemberActor, assert_responded

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, close_dms

HOUR = 3600.0
DAY = 24 * HOUR


def _dms(user) -> list[str]:
    return [m.content for m in user.dm_channel.history() if m.author.bot]


@pytest.mark.postgres_too
async def test_reminder_arrives_weekly_at_local_time_and_can_be_turned_off(world: World) -> None:
    w = world
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    # Thu 1 Jan 2026 00:00 UTC. Friday 17:30 in Tokyo (UTC+9) is Friday 08:30 UTC.
    set_up = await dana.slash("remind", day="4", time="17:30", timezone="asia/tokyo")
    assert_responded(set_up, contains="every Friday at 17:30 (Asia/Tokyo)", ephemeral=True)
    await w.env.advance_time(DAY + 8 * HOUR + 29 * 60)  # Fri 08:29 UTC
    assert _dms(dana) == []
    await w.env.advance_time(2 * 60)
    (dm,) = _dms(dana)
    assert "/sparkle" in dm and "/exception" in dm
    await w.env.advance_time(7 * DAY)
    assert len(_dms(dana)) == 2
    off = await dana.slash("remind", day="off")
    assert_responded(off, content="Weekly reminders are off.", ephemeral=True)
    await w.env.advance_time(7 * DAY)
    assert len(_dms(dana)) == 2


@pytest.mark.postgres_too
async def test_bad_time_or_zone_is_explained_and_nothing_changes(world: World) -> None:
    w = world
    bad = await w.alice.slash(w.channel, "remind", day="0", time="25:99")
    assert_responded(bad, contains="24-hour HH:MM", ephemeral=True)
    bad = await w.alice.slash(w.channel, "remind", day="0", time="09:00", timezone="Atlantis")
    assert_responded(bad, contains="time zone I know", ephemeral=True)
    assert await bot_of(w.env).repos.practitioners.reminder(w.alice.id) is None


async def test_closed_dms_get_one_attempt_and_a_notice_on_the_next_command(world: World) -> None:
    w = world
    set_up = await w.alice.slash(w.channel, "remind", day="3", time="10:00")
    assert set_up.acknowledged and set_up.ephemeral
    close_dms(w.env)
    await w.env.advance_time(11 * HOUR)  # Thu 1 Jan 11:00 UTC: due at 10:00, attempted once
    requests = [r for r in w.env.http_requests if r.method == "POST" and "/messages" in r.path]
    assert len(requests) == 1
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.alice.id)
    assert reminder is not None and reminder.next_at.day == 8  # moved on to next week
    told = await w.alice.slash(w.channel, "privacy")
    assert told.acknowledged and told.ephemeral
    assert any("couldn't send your weekly reminder" in f.content for f in told.followups)
    again = await w.alice.slash(w.channel, "privacy")
    assert again.followups == []  # told once


async def test_an_undelivered_reminder_is_still_told_once_after_a_restart(world: World) -> None:
    w = world
    await w.alice.slash(w.channel, "remind", day="3", time="10:00")
    close_dms(w.env)
    await w.env.advance_time(11 * HOUR)
    await w.env.restart_bot(create_bot())  # the new process learns of it from the database
    first = await w.bob.slash(w.channel, "privacy")
    assert first.followups == []  # bob's reminders are fine
    told = await w.alice.slash(w.channel, "privacy")
    assert any("couldn't send your weekly reminder" in f.content for f in told.followups)
    await w.env.restart_bot(create_bot())
    again = await w.alice.slash(w.channel, "privacy")
    assert again.followups == []  # told once, across restarts too


async def test_a_reminder_changed_without_a_zone_keeps_the_users_zone(world: World) -> None:
    w = world
    first = await w.alice.slash(w.channel, "remind", day="4", time="17:30", timezone="Tokyo")
    assert_responded(first, contains="every Friday at 17:30 (Asia/Tokyo)", ephemeral=True)
    moved = await w.alice.slash(w.channel, "remind", day="0", time="08:00")
    assert_responded(moved, contains="kept from your reminder", ephemeral=True)
    assert_responded(moved, contains="every Monday at 08:00 (Asia/Tokyo)", ephemeral=True)
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.alice.id)
    assert reminder is not None and reminder.timezone == "Asia/Tokyo"
    # Mon 5 Jan 2026 08:00 in Tokyo is Sun 4 Jan 23:00 UTC
    assert reminder.next_at.isoformat() == "2026-01-04T23:00:00+00:00"


async def test_a_first_reminder_without_a_zone_takes_the_servers_then_utc(
    world: World, admin: MemberActor
) -> None:
    w = world
    plain = await w.bob.slash(w.channel, "remind", day="2", time="10:00")
    assert_responded(plain, contains="UTC (give `timezone` for your own", ephemeral=True)
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.bob.id)
    assert reminder is not None and reminder.timezone == "UTC"
    await w.bob.slash(w.channel, "remind", day="off")
    zone = await admin.slash(w.channel, "setup timezone", zone="Europe/Berlin")
    assert zone.acknowledged
    again = await w.bob.slash(w.channel, "remind", day="2", time="10:00")
    assert_responded(again, contains="Europe/Berlin, this server's", ephemeral=True)
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.bob.id)
    assert reminder is not None and reminder.timezone == "Europe/Berlin"
