"""With SHARD_COUNT / SHARD_IDS the same bot runs sharded; guilds and DMs both work."""

from __future__ import annotations

import pytest
from discord.ext import commands
from simcord import Env, assert_responded

from bot.app import SparkleBot, create_bot
from tests.e2e.helpers import SPARKLE_PAGES, open_first_page


@pytest.fixture
def simcord_bot(
    sparkle_env: None, bots_closed: None, monkeypatch: pytest.MonkeyPatch
) -> SparkleBot:
    monkeypatch.setenv("SHARD_COUNT", "2")
    monkeypatch.setenv("SHARD_IDS", "0,1")
    return create_bot()


async def test_a_sharded_bot_serves_guilds_and_dms(simcord_env: Env) -> None:
    env = simcord_env
    assert isinstance(env.bot, commands.AutoShardedBot)
    assert env.bot.shard_count == 2
    guild = env.create_guild("Consultation")
    channel = guild.create_text_channel("reflections")
    alice = guild.add_member(env.create_user("alice"))
    step = await alice.submit_modal(await open_first_page(alice, channel), SPARKLE_PAGES[0])
    assert_responded(step, contains="1 of 3 pages done", ephemeral=True)
    dana = env.create_user("dana")
    guild.add_member(dana)
    step = await dana.submit_modal(await open_first_page(dana), SPARKLE_PAGES[0])
    assert_responded(step, contains="1 of 3 pages done", ephemeral=True)
