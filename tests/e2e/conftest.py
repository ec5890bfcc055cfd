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
def world(simcord_env: Env) -> World:
    guild = simcord_env.create_guild("Consultation")
    channel = guild.create_text_channel("reflections")
    alice = guild.add_member(simcord_env.create_user("alice"))
    bob = guild.add_member(simcord_env.create_user("bob"))
    return World(simcord_env, guild, channel, alice, bob)
