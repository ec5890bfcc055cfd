"""The jobs that send on their own (the weekly summary, the weekly reminder DM) with the
database going away the moment their message is sent, and back later: once the bot has
restarted, the message is there once, and the database knows it (the summary's row names its
message as posted; the reminder is due next week, not again now)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from simcord import assert_responded
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from bot.app import create_bot
from storage.tables import Post
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, failing_statements
from tests.e2e.test_summary_flow import members_reflected

HOUR = 3600.0
DAY = 24 * HOUR
_SENT = re.compile(r"/channels/\d+/messages$")


@pytest.fixture
def down_after_a_send(world: World) -> Iterator[list[bool]]:
    """While the list holds True: once the bot has sent a message anywhere, every SQL
    statement fails, as when the database server goes away."""
    armed: list[bool] = []
    requests = world.env.backend.http_requests
    start: list[int] = []

    def fault(statement: str) -> OperationalError | None:
        if not armed:
            start.clear()
            return None
        if not start:
            start.append(len(requests))
        if any(r.method == "POST" and _SENT.search(r.path) for r in requests[start[0] :]):
            return OperationalError(statement, {}, Exception("server closed the connection"))
        return None

    with failing_statements(world.env, fault):
        yield armed


@pytest.mark.simcord(settle_timeout=30)
async def test_a_weekly_summary_posted_as_the_database_goes_away_is_posted_once(
    world: World, facilitation: Any, down_after_a_send: list[bool]
) -> None:
    w = world
    weekly = facilitation[3]
    await members_reflected(w, facilitation, 3, schedule=True)
    await w.env.advance_time(4 * DAY + 13 * HOUR)  # Mon 5 Jan 08:00 in New York
    assert weekly.history() == []
    down_after_a_send.append(True)
    await w.env.advance_time(HOUR + 60)  # 09:01: posted, and nothing after it is stored
    down_after_a_send.clear()
    w.env.errors.clear()
    assert len(weekly.history()) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(6 * HOUR)
    (post,) = weekly.history()
    async with bot_of(w.env).repos.db.read() as session:
        rows = (await session.execute(select(Post).where(Post.kind == "summary"))).scalars()
        recorded = [(r.state, r.channel_id, r.message_id) for r in rows]
    assert recorded == [("posted", weekly.id, post.id)]


async def test_a_reminder_sent_as_the_database_goes_away_is_sent_once(
    world: World, down_after_a_send: list[bool]
) -> None:
    w = world
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    done = await dana.slash("remind", day="3", time="10:00", timezone="UTC")
    assert_responded(done, contains="every Thursday at 10:00", ephemeral=True)
    down_after_a_send.append(True)
    await w.env.advance_time(10 * HOUR + 60)  # Thu 1 Jan 10:01: sent, nothing stored after
    down_after_a_send.clear()
    w.env.errors.clear()
    reminders = [m for m in dana.dm_channel.history() if m.author.bot]
    assert len(reminders) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(6 * HOUR)
    assert [m for m in dana.dm_channel.history() if m.author.bot] == reminders  # not twice
    reminder = await bot_of(w.env).repos.practitioners.reminder(dana.id)
    assert reminder is not None and reminder.next_at.day == 8  # next week's, as usual
