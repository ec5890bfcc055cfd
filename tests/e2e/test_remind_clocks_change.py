"""/remind on the days the clocks change: a reminder at a local time that does not exist that
day comes once, as the clocks jump (an hour later on the new clock); one at a time that happens
twice comes once, at its first; the weeks before and after keep their local time. New York
(8 March), London (29 March) and Adelaide, half an hour off the hour (5 April)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World

# When a reminder falls is decided above the storage layer, whose queries for reminders run on
# both backends in test_remind.py; five weeks of virtual time cost ~40 s on PostgreSQL.
pytestmark = pytest.mark.sqlite_only

HOUR = 3600.0
DAY = 24 * HOUR


def _sent_at(user) -> list[datetime]:
    return [
        m.created_at.astimezone(UTC).replace(second=0, microsecond=0)
        for m in user.dm_channel.history()
        if m.author.bot and "weekly Sparkle reminder" in m.content
    ]


@pytest.mark.runs_long
async def test_reminders_on_the_days_the_clocks_change_come_once_each(world: World) -> None:
    w = world
    await w.env.advance_time(59 * DAY)  # Sunday 1 March 2026, 00:00 UTC: nothing set yet
    users = {}
    for name, zone, at in (
        ("nyla", "America/New_York", "02:30"),
        ("lena", "Europe/London", "01:30"),
        ("ada", "Australia/Adelaide", "02:30"),
    ):
        user = w.env.create_user(name)
        w.guild.add_member(user)
        done = await user.slash("remind", day="6", time=at, timezone=zone)
        assert_responded(done, contains=f"every Sunday at {at} ({zone})", ephemeral=True)
        users[name] = user
    await w.env.advance_time(37 * DAY)  # to Tuesday 7 April

    def utc(month: int, day: int, hour: int, minute: int) -> datetime:
        return datetime(2026, month, day, hour, minute, tzinfo=UTC)

    # 02:30 on 8 March does not exist in New York (02:00 EST jumps to 03:00 EDT): 03:30 EDT.
    assert _sent_at(users["nyla"]) == [
        utc(3, 1, 7, 30), utc(3, 8, 7, 30), utc(3, 15, 6, 30), utc(3, 22, 6, 30),
        utc(3, 29, 6, 30), utc(4, 5, 6, 30),
    ]  # fmt: skip
    # 01:30 on 29 March does not exist in London (01:00 GMT jumps to 02:00 BST): 02:30 BST.
    assert _sent_at(users["lena"]) == [
        utc(3, 1, 1, 30), utc(3, 8, 1, 30), utc(3, 15, 1, 30), utc(3, 22, 1, 30),
        utc(3, 29, 1, 30), utc(4, 5, 0, 30),
    ]  # fmt: skip
    # 02:30 on 5 April happens twice in Adelaide (03:00 ACDT goes back to 02:00 ACST): once,
    # at the first (16:00 UTC the day before), not again an hour later.
    assert _sent_at(users["ada"]) == [
        utc(3, 7, 16, 0), utc(3, 14, 16, 0), utc(3, 21, 16, 0), utc(3, 28, 16, 0),
        utc(4, 4, 16, 0),
    ]  # fmt: skip
