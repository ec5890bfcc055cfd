"""A brand-new server: the bot invited, nothing set up, no group agreement accepted. A member's
first /sparkle works at once; sharing says there is nowhere to share yet and who can set it;
the facilitator-only commands tell a member who the facilitators are while no facilitator
role is set (before, only "Only the server's facilitators can …", in a server where nobody
had been made one), and an admin's /summary says what is missing."""

from __future__ import annotations

import discord
import pytest
from simcord import Env, assert_responded

from cogs._hours_texts import NOT_HOURS_FACILITATOR, NOT_MEETING_FACILITATOR
from cogs.sharing import NO_CHANNEL
from cogs.summary import NO_FACILITATOR_ROLE, NOT_FACILITATOR
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _reflection


@pytest.fixture
def new_server(simcord_env: Env):
    env = simcord_env
    guild = env.create_guild("Brand new")
    general = guild.create_text_channel("general")
    alice = guild.add_member(env.create_user("alice"))
    admins = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin = guild.add_member(env.create_user("admin"), roles=[admins])
    return env, guild, general, alice, admin


async def test_a_members_first_steps_before_any_setup(new_server) -> None:
    env, guild, general, alice, _admin = new_server
    recap = await _reflection(alice, general)  # the first notice, then three pages: all saved
    shared = await alice.click(recap.response.message, label="Share anonymized")
    assert_responded(shared, content=NO_CHANNEL, ephemeral=True)
    assert general.history() == []
    repos = bot_of(env).repos
    assert await repos.outbox.records() == []
    assert (await repos.servers.get(guild.id)).consultation_channel_id is None


async def test_facilitator_commands_say_who_the_facilitators_are_while_no_role_is_set(
    new_server,
) -> None:
    env, guild, general, alice, admin = new_server
    for command, options, refusal in (
        ("summary", {}, NOT_FACILITATOR),
        ("hours pending", {}, NOT_HOURS_FACILITATOR),
        ("hours meeting", {"day": "0"}, NOT_MEETING_FACILITATOR),
    ):
        refused = await alice.slash(general, command, **options)
        assert_responded(refused, content=refusal + NO_FACILITATOR_ROLE, ephemeral=True)
    assert "`/setup facilitator`" in NO_FACILITATOR_ROLE and "Manage Server" in NO_FACILITATOR_ROLE
    pulled = await admin.slash(general, "summary")  # Manage Server: a facilitator
    assert_responded(pulled, ephemeral=True)
    assert "No summary channel is set; an admin can choose one with `/setup channels`." in (
        pulled.response.content
    )
    assert general.history() == []
    assert await bot_of(env).repos.meetings.get(guild.id) is None


async def test_once_a_role_is_set_the_refusal_is_the_plain_one(new_server) -> None:
    _env, guild, general, alice, admin = new_server
    facilitators = guild.create_role("Facilitators")
    saved = await admin.slash(general, "setup facilitator", role=facilitators)
    assert_responded(saved, contains="Saved.", ephemeral=True)
    assert_responded(await alice.slash(general, "summary"), content=NOT_FACILITATOR)
