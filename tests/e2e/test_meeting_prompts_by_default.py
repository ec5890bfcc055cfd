"""DESIGN: "After a scheduled group meeting, members get a one-click prompt to log it." The
members of the consultation group (who accepted the server's group agreement, or logged hours
there) are prompted without asking; before, only those who had run `/hours prompts on` were,
so after a facilitator set the meeting nobody was. `/hours prompts off` is kept per server and
respected; /forget stops everything."""

from __future__ import annotations

from typing import Any

from simcord import assert_responded
from sqlalchemy import select

from bot.app import create_bot
from cogs._render import NOT_AVAILABLE
from storage.tables import MeetingPrompt, MeetingSend
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import (
    assert_nothing_stored_of,
    bot_of,
    erase_everything,
    forge_click,
    modal_defaults,
)
from tests.e2e.test_hours import add

HOUR = 3600
DAY = 24 * HOUR


def prompts(actor: Any) -> list[Any]:
    return [m for m in actor.user.dm_channel.history() if "meeting in" in m.content]


async def _choices(w: World) -> set[tuple[int, int, bool]]:
    async with bot_of(w.env).repos.db.read() as session:
        rows = (await session.execute(select(MeetingPrompt))).scalars()
        return {(r.guild_id, r.user_id, r.wanted) for r in rows}


async def _sends(w: World) -> set[tuple[int, int, str]]:
    async with bot_of(w.env).repos.db.read() as session:
        rows = (await session.execute(select(MeetingSend))).scalars()
        return {(r.guild_id, r.user_id, r.state) for r in rows}


async def test_the_group_is_prompted_unless_a_member_turned_prompts_off(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    # alice and bob accepted the group agreement (the `world`); carol logged hours here;
    # dana did neither; fiona facilitates, and did neither either.
    carol = w.guild.add_member(w.env.create_user("carol"))
    dana = w.guild.add_member(w.env.create_user("dana"))
    logged = await add(carol, w.channel)
    assert_responded(logged, contains="Logged", ephemeral=True)
    # Thursday 1 January 2026: the meeting ends at 01:30 UTC.
    saved = await fiona.slash(w.channel, "hours meeting", day="3", time="01:00", minutes=30)
    assert_responded(
        saved,
        contains="members of the group (who accepted its agreement or logged hours here) get a "
        "one-click prompt to log it, unless they turned `/hours prompts` off",
        ephemeral=True,
    )
    off = await w.bob.slash(w.channel, "hours prompts", on=False)
    assert_responded(off, content="Prompts are off.", ephemeral=True)

    await w.env.advance_time(2 * HOUR)
    assert [len(prompts(m)) for m in (w.alice, carol, w.bob, dana, fiona)] == [1, 1, 0, 0, 0]
    assert await _choices(w) == {(w.guild.id, w.bob.id, False)}  # his choice, kept
    assert await _sends(w) == {(w.guild.id, w.alice.id, "sent"), (w.guild.id, carol.id, "sent")}
    (prompt,) = prompts(w.alice)
    assert "Log it in your consultation hours?" in prompt.content
    shown = await w.alice.user.click(prompt, label="Log it")  # it opens her form
    assert shown.modal is not None and shown.modal["title"] == "Log the group meeting"

    # Off is kept across a restart; on again, he is prompted the next week.
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(7 * DAY)
    assert [len(prompts(m)) for m in (w.alice, carol, w.bob, dana)] == [2, 2, 0, 0]
    on = await w.bob.slash(w.channel, "hours prompts", on=True)
    assert_responded(on, contains="Prompts are on", ephemeral=True)
    assert await _choices(w) == {(w.guild.id, w.bob.id, True)}
    await w.env.advance_time(7 * DAY)
    assert [len(prompts(m)) for m in (w.alice, carol, w.bob, dana)] == [3, 3, 1, 0]

    # /forget still stops everything: nothing of hers is left to prompt.
    erased = await erase_everything(w.alice, w.channel)
    assert_responded(erased, ephemeral=True)
    await w.env.advance_time(7 * DAY)
    assert [len(prompts(m)) for m in (w.alice, carol, w.bob)] == [3, 4, 2]
    await assert_nothing_stored_of(bot_of(w.env).repos, w.alice.id)
    assert w.alice.id not in await bot_of(w.env).repos.meetings.prompted(w.guild.id)


async def test_prompts_off_in_one_server_leaves_another_servers_prompts(
    world: World, facilitated: Any
) -> None:
    """Her choice is stored per server: off here does not stop the prompts of another group
    she belongs to."""
    w, fiona = world, facilitated
    other = w.env.create_guild("Second group")
    room = other.create_text_channel("room")
    there = other.add_member(w.alice.user)
    hosts = other.create_role("Hosts")
    await bot_of(w.env).repos.servers.update(other.id, facilitator_role_id=hosts.id)
    gina = other.add_member(w.env.create_user("gina"), roles=[hosts])
    await accept_agreement(w.env, other.id, w.alice.id)
    await fiona.slash(w.channel, "hours meeting", day="3", time="01:00", minutes=30)
    await gina.slash(room, "hours meeting", day="3", time="01:00", minutes=30)
    off = await w.alice.slash(w.channel, "hours prompts", on=False)
    assert_responded(off, content="Prompts are off.", ephemeral=True)
    await w.env.advance_time(2 * HOUR)
    (prompt,) = prompts(there)
    assert "**Second group**" in prompt.content
    assert [m for m in prompts(w.alice) if "Consultation" in m.content] == []
    assert await _sends(w) == {
        (other.id, w.alice.id, "sent"),
        (w.guild.id, w.bob.id, "sent"),
    }
    assert await _choices(w) == {(w.guild.id, w.alice.id, False)}


async def test_another_members_prompt_forged_opens_nothing(world: World, facilitated: Any) -> None:
    """Now that every member of the group is prompted, bob could forge alice's button (her
    prompt's one-time id): the form it opened would carry her id, so that her own log of the
    meeting would be taken as done already. It opens nothing; her own button still works, and
    so does his."""
    w, fiona = world, facilitated
    await fiona.slash(w.channel, "hours meeting", day="3", time="01:00", minutes=30)
    await w.env.advance_time(2 * HOUR)
    (hers,) = prompts(w.alice)
    (his,) = prompts(w.bob)
    her_id = hers.components[0].children[0].custom_id
    forged = await forge_click(w.bob.user, his, her_id)
    assert_responded(forged, content=NOT_AVAILABLE, ephemeral=True)
    own = await w.bob.user.click(his, label="Log it")
    assert own.modal is not None
    shown = await w.alice.user.click(hers, label="Log it")
    typed = {k: v or "" for k, v in modal_defaults(shown).items()}
    done = await w.alice.user.submit_modal(shown, typed)
    assert_responded(done, contains="Logged", ephemeral=True)
    (entry,) = await bot_of(w.env).repos.hours.all_of(w.alice.id)
    assert entry.minutes == 30
