from __future__ import annotations

from dataclasses import dataclass

import discord
import pytest
from simcord import ChannelHandle, Env, GuildHandle, MemberActor, assert_responded

from bot.privacy import redact


@pytest.fixture(scope="session", autouse=True)
def _word_lists_loaded() -> None:
    """The anonymizer's word lists are loaded once per worker process before its first bot
    starts: otherwise that start loads them within its time to settle (a few seconds on a busy
    machine), and the first test of each worker is the slow one."""
    redact("Warm-up: Ana met Dr Lee at Te Aroha Clinic on 3 May.")


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


@pytest.fixture
def admin(world: World) -> MemberActor:
    """A member of the world's server who may manage it (and so run /setup)."""
    role = world.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    return world.guild.add_member(world.env.create_user("admin"), roles=[role])


async def set_consultation_channel(world: World, admin: MemberActor) -> None:
    """The admin makes the world's channel the consultation channel, where shares are posted."""
    done = await admin.slash(world.channel, "setup channels", consultation=world.channel)
    assert_responded(done, contains="Saved.", ephemeral=True)


@pytest.fixture
async def configured(world: World, admin: MemberActor) -> World:
    """The world with its consultation channel set by an admin."""
    await set_consultation_channel(world, admin)
    return world


@pytest.fixture
def facilitation(world: World):
    """(admin, fiona, the facilitator role, the weekly summary channel), nothing set up yet."""
    w = world
    admin_role = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    facilitators = w.guild.create_role("Facilitators")
    admin = w.guild.add_member(w.env.create_user("admin"), roles=[admin_role])
    fiona = w.guild.add_member(w.env.create_user("fiona"), roles=[facilitators])
    weekly = w.guild.create_text_channel("weekly")
    return admin, fiona, facilitators, weekly


@pytest.fixture
def fiona(facilitation) -> MemberActor:
    """The member of `facilitation` who holds its facilitator role."""
    return facilitation[1]


@pytest.fixture
def weekly(facilitation) -> ChannelHandle:
    """The channel of `facilitation` that weekly summaries are posted in."""
    return facilitation[3]


@pytest.fixture
async def facilitated(world: World) -> MemberActor:
    """fiona holds the facilitator role set with /setup facilitator."""
    from bot.app import SparkleBot

    bot = world.env.bot
    assert isinstance(bot, SparkleBot)
    role = world.guild.create_role("Facilitators")
    fiona = world.guild.add_member(world.env.create_user("fiona"), roles=[role])
    await bot.repos.servers.update(world.guild.id, facilitator_role_id=role.id)
    return fiona


async def accept_agreement(env: Env, guild_id: int, *user_ids: int) -> None:
    """Record that these members accepted the server's (default) group agreement."""
    from bot.app import SparkleBot
    from bot.round import DEFAULT_AGREEMENT, agreement_version

    bot = env.bot
    assert isinstance(bot, SparkleBot)
    for user_id in user_ids:
        await bot.repos.round.accept(guild_id, user_id, agreement_version(DEFAULT_AGREEMENT))
