"""/whatworks "Last 30 days" reckoned its first day in UTC: for a member in Los Angeles on the
evening of 31 January (already 1 February in UTC) it began on 2 January, so her reflection of
the morning of 1 January was left out and she read "No complete reflections in the last 30
days". The period now begins on her own day (her /remind zone, else the server's, else UTC),
and the chart's days are her days too."""

from __future__ import annotations

import pytest
from simcord import assert_responded
from sqlalchemy import select

from storage.tables import Entry
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_whatworks import reflect

# Which day a period starts on is decided above the storage layer, whose queries for /whatworks
# run on both backends in test_whatworks.py; a month of virtual time costs ~25 s on PostgreSQL.
pytestmark = pytest.mark.sqlite_only

HOUR = 3600


async def test_last_30_days_begins_on_her_own_day(world: World) -> None:
    w = world
    reminded = await w.alice.user.slash(
        "remind", day="0", time="09:00", timezone="America/Los_Angeles"
    )
    assert_responded(reminded, contains="(America/Los_Angeles)", ephemeral=True)
    await w.env.advance_time(10 * HOUR)  # 1 Jan 10:00 UTC, 02:00 in Los Angeles
    await reflect(w, w.alice.id, "6", "I slowed down.", "My supervisor", "Pause more.")
    await w.env.advance_time(31 * 24 * HOUR - 8 * HOUR)  # 1 Feb 02:00 UTC, 31 Jan 18:00 there
    recent = await w.alice.slash(w.channel, "whatworks", period="30")
    assert_responded(recent, contains="last 30 days: 1 reflection", ephemeral=True)
    assert recent.response is not None
    (chart,) = recent.response.attachments
    assert chart.description is not None and "2026-01-01 to 2026-01-01" in chart.description
    (entry,) = await bot_of(w.env).repos.practice.complete_entries(w.alice.id, None)
    assert entry.created_at.hour == 10  # stored as the moment it was written, in UTC

    # bob gave no zone and the server has none: UTC's day, as before
    await reflect(w, w.bob.id, "4", "I asked.", "", "Ask again.")
    await w.env.advance_time(30 * 24 * HOUR + 23 * HOUR)  # 4 Mar 01:00 UTC: 31 days after
    bobs = await w.bob.slash(w.channel, "whatworks", period="30")
    assert_responded(bobs, contains="No complete reflections in the last 30 days", ephemeral=True)


async def test_how_her_next_steps_went_is_dated_by_her_own_day(world: World) -> None:
    """In Auckland in the morning it is still yesterday in UTC. /whatworks listed her next steps
    on her own days but "How my next steps went" on UTC's: the same step appeared as written on
    2 January in one section and on 1 January in the next. Both are now her days."""
    w = world
    reminded = await w.alice.slash(
        w.channel, "remind", day="0", time="09:00", timezone="Pacific/Auckland"
    )
    assert_responded(reminded, contains="(Pacific/Auckland)", ephemeral=True)
    await w.env.advance_time(20 * HOUR)  # 1 Jan 20:00 UTC: 2 Jan 09:00 in Auckland
    await reflect(w, w.alice.id, "5", "I slowed down.", "", "Pause more.")
    await w.env.advance_time(24 * HOUR)  # 3 Jan 09:00 in Auckland
    header = await bot_of(w.env).repos.entries.save_page(
        entry_id=None, author_id=w.alice.id, kind="sparkle", guild_id=w.guild.id,
        answers={"last_step": "It went well.", "moment": "The client smiled.",
                 "doing": "I paused.", "frequency": "7", "next_step": "Keep pausing."},
        advance_to=3, complete=True,
    )  # fmt: skip
    assert header is not None

    shown = await w.alice.slash(w.channel, "whatworks")
    assert_responded(shown, contains="all time: 2 reflections", ephemeral=True)
    text = said(shown)
    assert "• 2026-01-03: Keep pausing.\n• 2026-01-02: Pause more." in text
    assert "• 2026-01-02: Pause more. → 2026-01-03: It went well." in text
    assert "2026-01-01" not in text
    async with bot_of(w.env).repos.db.read() as session:  # stored as moments, in UTC
        stored = (await session.execute(select(Entry.created_at).order_by(Entry.id))).scalars()
        assert [moment.day for moment in stored] == [1, 2]
