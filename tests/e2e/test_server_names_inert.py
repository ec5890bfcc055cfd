"""A server's name is typed by its admins: where the bot names it in bold, a `*`, `_`, `~`,
`` ` `` or `<` in it is shown exactly as typed, never closing the bold early, striking text
out or passing for a mention."""

from __future__ import annotations

from typing import Any

from simcord import assert_responded
from sqlalchemy import select

from bot.inert import as_typed
from storage.tables import MeetingSend
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import bot_of, dm_reflection, texts
from tests.e2e.test_hours_meeting import prompts

NAME = "Tues**day** _peer_ ~~group~~ <@&1> `x`"
SHOWN = as_typed(NAME)


def _inert(content: str) -> None:
    """The name appears once, escaped, inside the bot's own bold; never raw."""
    assert f"**{SHOWN}**" in content, content
    assert NAME not in content
    assert SHOWN == (
        "Tues\\*\\*day\\*\\* \\_peer\\_ \\~\\~group\\~\\~ \\<@&1\\> \\`x\\`"
    )  # what as_typed makes of it: every markdown character escaped


async def test_the_one_shared_server_is_named_inert(simcord_env: Any) -> None:
    env = simcord_env
    guild = env.create_guild(NAME)
    dana = env.create_user("dana")
    guild.add_member(dana)
    step = await dm_reflection(dana)
    done = await dana.click(step.response.message, label="Include in weekly group summary: No")
    told, _review = done.followups
    _inert(told.content)
    repos = bot_of(env).repos
    (header,) = (await repos.entries.list_for_author(dana.id)).items
    entry = await repos.entries.get(header.id, dana.id)
    assert entry is not None and entry.consent_summary and entry.guild_id == guild.id
    listed = await dana.slash("entries")
    opened = await dana.select(listed.response.message, [str(header.id)])
    _inert(texts(opened)[0])


async def test_the_picked_server_is_named_inert(world: World) -> None:
    w = world
    other = w.env.create_guild(NAME)
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    other.add_member(dana)
    step = await dm_reflection(dana)
    done = await dana.click(step.response.message, label="Include in weekly group summary: No")
    ask, _review = done.followups
    picked = await dana.select(ask, [str(other.id)])
    assert_responded(picked, contains="Counted in the weekly summary of")
    _inert(picked.response.content)
    repos = bot_of(w.env).repos
    (header,) = (await repos.entries.list_for_author(dana.id)).items
    entry = await repos.entries.get(header.id, dana.id)
    assert entry is not None and entry.guild_id == other.id


async def test_privacy_names_the_accepted_server_inert(simcord_env: Any) -> None:
    env = simcord_env
    guild = env.create_guild(NAME)
    guild.create_text_channel("reflections")
    alice = guild.add_member(env.create_user("alice"))
    await accept_agreement(env, guild.id, alice.id)
    result = await alice.slash(guild.channels["reflections"], "privacy")
    text = result.response.embeds[0].description
    assert f"{SHOWN} (" in text and NAME not in text
    accepted = await bot_of(env).repos.round.acceptances(alice.id)
    assert [gid for gid, _at in accepted] == [guild.id]


async def test_the_meeting_prompt_names_the_server_inert(simcord_env: Any) -> None:
    env = simcord_env
    guild = env.create_guild(NAME)
    channel = guild.create_text_channel("reflections")
    role = guild.create_role("Facilitators")
    fiona = guild.add_member(env.create_user("fiona"), roles=[role])
    alice = guild.add_member(env.create_user("alice"))
    await accept_agreement(env, guild.id, alice.id)
    await bot_of(env).repos.servers.update(guild.id, facilitator_role_id=role.id)
    await fiona.slash(channel, "hours meeting", day="3", time="01:00", minutes=30)
    on = await alice.slash(channel, "hours prompts", on=True)
    assert_responded(on, contains="Prompts are on", ephemeral=True)
    await env.advance_time(1.5 * 3600 + 60)  # Thursday 01:31 UTC: the meeting has ended
    (prompt,) = prompts(alice)
    assert prompt.content.startswith(f"Your meeting in **{SHOWN}** has ended")
    _inert(prompt.content)
    async with bot_of(env).repos.db.read() as session:
        (send,) = (await session.execute(select(MeetingSend))).scalars()
    assert (send.guild_id, send.user_id, send.state) == (guild.id, alice.id, "sent")
