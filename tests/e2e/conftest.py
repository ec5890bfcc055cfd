from __future__ import annotations

from dataclasses import dataclass

import pytest
from simcord import ChannelHandle, Env, GuildHandle, MemberActor


@dataclass
class World:
    env: Env
    guild: GuildHandle
    channel: ChannelHandle
    alice: MemberActor
    bob: MemberActor


@pytest.fixture
async def world(simcord_env: Env) -> World:
    """A consultation server whose two members have accepted its group agreement."""
    guild = simcord_env.create_guild("Consultation")
    channel = guild.create_text_channel("reflections")
    alice = guild.add_member(simcord_env.create_user("alice"))
    bob = guild.add_member(simcord_env.create_user("bob"))
    await accept_agreement(simcord_env, guild.id, alice.id, bob.id)
    return World(simcord_env, guild, channel, alice, bob)


async def accept_agreement(env: Env, guild_id: int, *user_ids: int) -> None:
    """Record that these members accepted the server's (default) group agreement."""
    from bot.app import SparkleBot
    from bot.round import DEFAULT_AGREEMENT, agreement_version

    bot = env.bot
    assert isinstance(bot, SparkleBot)
    for user_id in user_ids:
        await bot.repos.round.accept(guild_id, user_id, agreement_version(DEFAULT_AGREEMENT))
