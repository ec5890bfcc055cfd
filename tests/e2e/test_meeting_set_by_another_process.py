"""Several processes share one PostgreSQL database (README): a meeting set through process B
must be prompted for on time by process A, whichever is running when it ends.

Before, A's prompt loop, having seen no meeting at its last pass, slept for up to 7 days (up to
a day with one), learning of B's meeting only then; with B down for more than a day after
setting it, no process prompted for it at all (a meeting missed by more than a day is not
prompted for), and members never got the "Log it" DM. Every change of a meeting is now
notified in its transaction (PostgreSQL's NOTIFY), and each process's loop wakes for it."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import discord
import pytest
from simcord import Env

from bot.hours.meeting import MeetingPlan
from bot.hours.model import Format
from storage.repos import Repositories
from tests.e2e.helpers import bot_of

HOUR = 3600.0


@pytest.mark.postgres_too
async def test_a_meeting_another_process_set_is_prompted_on_time(simcord_env: Env) -> None:
    env = simcord_env
    bot = bot_of(env)
    if bot.repos.db.sqlite:
        pytest.skip("several processes share a PostgreSQL database only (README)")
    guild = env.create_guild("Consultation")
    dana = env.create_user("dana")
    guild.add_member(dana)
    await env.advance_time(60)  # A's loop has passed and found no meeting: it sleeps

    # Process B, on the same database, sets the meeting and stops (its loop never runs here).
    other = Repositories.open(bot.repos.db.url, b"k" * 32, clock=discord.utils.utcnow)
    try:
        await other.meetings.set_prompt(guild.id, dana.id, True)
        plan = MeetingPlan(guild.id, 0, "18:00", 90, Format.VIDEO)
        assert await other.meetings.set(plan, datetime(2026, 1, 5, 19, 30, tzinfo=UTC))
    finally:
        await other.close()
    # The notice travels over a real connection: give it real time (the event loop runs on).
    await asyncio.get_running_loop().run_in_executor(None, time.sleep, 0.5)

    await env.advance_time(4 * 24 * HOUR + 19 * HOUR + 29 * 60)  # Monday 19:30 UTC: it ends
    await env.advance_time(60)
    prompts = [m for m in dana.dm_channel.history() if "meeting in" in m.content]
    assert len(prompts) == 1, "the meeting B set was not prompted for by A"
    assert "2026-01-05 18:00-19:30" in prompts[0].content
    sends = await bot.repos.meetings.sends_of(dana.id)
    assert [s["state"] for s in sends] == ["sent"]
