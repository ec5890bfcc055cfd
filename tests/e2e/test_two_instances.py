"""Two bot instances on one database, three weeks, one restart: each week is posted once.

SimCord hosts one bot per simulated Discord, so each instance gets its own simulated Discord,
built identically (the same guild, channel and user ids) in its own thread and event loop.
Both instances share the test's database, as two processes would, and their virtual clocks
move in lockstep: they meet at the restart and two hours before each scheduled minute, then
step to that minute together and race for it. Each step jumps the clock from one timer of the
bot to the next (SimCord), so every loop wakes exactly when it would in production.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import discord
import pytest
import simcord

from bot.app import SparkleBot, create_bot
from tests.e2e.helpers import stored_entry

HOUR = 3600.0
# Each week runs from Thursday 00:00 UTC. The instances meet after each of these steps (hours):
# Sun 08:00 UTC (where instance A restarts in the second week), Mon 12:00 UTC, Mon 14:00 UTC
# (09:00 in New York: the scheduled minute, reached by both in one step), Thursday 00:00 UTC.
WEEK_STEPS = (80, 28, 2, 58)
RESTART_STEP = 1  # instance A restarts before this step of the second week
assert sum(WEEK_STEPS) == 7 * 24


async def _meet(barrier: threading.Barrier) -> None:
    await asyncio.to_thread(barrier.wait, 60)


async def _consented(bot: SparkleBot, author: int, guild_id: int, week: int) -> None:
    answers = {"moment": f"Week {week}: a good moment.", "frequency": "6"}
    entry_id = await stored_entry(bot, author, answers, guild_id=guild_id)
    assert await bot.repos.entries.set_consent(entry_id, author, True)


async def _instance(name: str, barrier: threading.Barrier, seen: dict[str, Any]) -> None:
    bots = [create_bot()]
    try:
        await _run_instance(name, barrier, seen, bots)
    finally:
        for bot in bots:  # SimCord detaches a bot without closing it (see `bots_closed`)
            await bot.repos.close()


async def _run_instance(
    name: str, barrier: threading.Barrier, seen: dict[str, Any], bots: list[SparkleBot]
) -> None:
    async with simcord.run(bots[0], settle_timeout=60) as env:
        guild = env.create_guild("Consultation")
        weekly = guild.create_text_channel("weekly")
        role = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
        admin = guild.add_member(env.create_user("admin"), roles=[role])
        await _meet(barrier)
        if name == "a":  # the admin sets the server up once, through instance A
            for command, options in (
                ("setup channels", {"summary": weekly}),
                ("setup timezone", {"zone": "America/New_York"}),
                ("setup schedule", {"day": "0", "time": "09:00"}),
            ):
                result = await admin.slash(weekly, command, **options)
                assert result.acknowledged and result.ephemeral
        await _meet(barrier)
        for week in range(3):
            bot = env.bot
            assert isinstance(bot, SparkleBot)
            if name == "a":
                for author in (101, 102, 103):
                    await _consented(bot, author + 10 * week, guild.id, week)
            await _meet(barrier)
            for step, hours in enumerate(WEEK_STEPS):
                if name == "a" and week == 1 and step == RESTART_STEP:  # Sun 11 Jan 08:00 UTC
                    bots.append(create_bot())
                    await env.restart_bot(bots[-1])
                await env.advance_time(hours * HOUR)
                await _meet(barrier)
        seen[name] = [m.embeds[0].title for m in weekly.history() if m.embeds]
        seen[name + " texts"] = [m.content for m in weekly.history() if not m.embeds]


@pytest.mark.postgres_too
def test_two_instances_post_each_week_exactly_once(sparkle_env: None) -> None:
    barrier = threading.Barrier(2)
    seen: dict[str, Any] = {}
    errors: list[BaseException] = []

    def run(name: str) -> None:
        try:
            asyncio.run(_instance(name, barrier, seen))
        except BaseException as error:  # reported below, after both threads end
            errors.append(error)
            barrier.abort()

    threads = [threading.Thread(target=run, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    posts = seen["a"] + seen["b"]
    assert len(posts) == 3, posts
    assert sorted(posts) == sorted(set(posts))  # three different weeks, none twice
    assert seen["a texts"] == seen["b texts"] == []
