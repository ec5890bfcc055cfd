"""Two bot instances on one database, three weeks, one restart: each week is posted once.

SimCord hosts one bot per simulated Discord, so each instance gets its own simulated Discord,
built identically (the same guild, channel and user ids) in its own thread and event loop.
Both instances share the test's database, as two processes would, and their virtual clocks
move in lockstep, so both reach every scheduled minute together and race for it.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import discord
import simcord

from bot.app import SparkleBot, create_bot
from tests.e2e.helpers import stored_entry

HOUR = 3600.0
STEP = 2 * HOUR
STEPS_PER_WEEK = int(7 * 24 * HOUR / STEP)


async def _meet(barrier: threading.Barrier) -> None:
    await asyncio.to_thread(barrier.wait, 60)


async def _consented(bot: SparkleBot, author: int, guild_id: int, week: int) -> None:
    answers = {"moment": f"Week {week}: a good moment.", "frequency": "6"}
    entry_id = await stored_entry(bot, author, answers, guild_id=guild_id)
    assert await bot.repos.entries.set_consent(entry_id, author, True)


async def _instance(name: str, barrier: threading.Barrier, seen: dict[str, Any]) -> None:
    async with simcord.run(create_bot(), settle_timeout=60) as env:
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
            for step in range(STEPS_PER_WEEK):
                if name == "a" and week == 1 and step == 40:  # Mon 12 Jan 08:00 local
                    await env.restart_bot(create_bot())
                await env.advance_time(STEP)
                await _meet(barrier)
        seen[name] = [m.embeds[0].title for m in weekly.history() if m.embeds]
        seen[name + " texts"] = [m.content for m in weekly.history() if not m.embeds]


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
