"""A round whose share's post a moderator deleted, and whose thread a moderator locked before
Discord archived it: Discord then refuses a message in the thread until it is opened again,
which only someone with Manage Threads may do. `/round controls` opens it and brings the
round's controls back there; if the bot's role lacks Manage Threads, the presenter is told
so, rather than to try again in a moment.

`discord_archives_threads` (test_round_thread_archived) adds Discord's rules for archived
threads, which SimCord 3.2.1 lacks."""

from __future__ import annotations

import discord
from simcord import ChannelHandle, assert_responded

from bot.round import Phase
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import Group, group, posts, share_with_question, the_post, thread_of
from tests.e2e.test_round_post_deleted import (
    _controls,  # pyright: ignore[reportPrivateUsage]
    _deleted_by_a_moderator,  # pyright: ignore[reportPrivateUsage]
    _now,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_round_thread_archived import discord_archives_threads

__all__ = ["discord_archives_threads", "group"]  # the fixtures, used by name


async def _post_gone_thread_locked_and_archived(g: Group) -> ChannelHandle:
    """Alice's share, its post deleted by a moderator, its thread locked and then archived."""
    w = g.w
    await share_with_question(g, "What else could I try?")
    thread = thread_of(w)
    await _deleted_by_a_moderator(g, w.channel.id, the_post(w).id)
    w.env.backend.edit_channel(thread.id, {}, thread_metadata={"locked": True, "archived": True})
    await w.env.settle()
    return thread


def _closed(g: Group, thread: ChannelHandle) -> tuple[bool, bool]:
    """(archived, locked), as Discord holds the thread."""
    meta = g.w.env.backend.channels[thread.id].thread_metadata
    return meta.archived, meta.locked


def _bot_roles_without_manage_threads(g: Group) -> None:
    me = g.w.guild.me
    assert me is not None
    for role in me.roles:  # its own role and @everyone's
        less = discord.Permissions(role.permissions.value)
        less.manage_threads = False
        g.w.env.backend.edit_role(g.w.guild.id, role.id, {"permissions": less.value})


async def test_round_controls_open_a_locked_archived_thread_and_are_shown_there(
    group: Group, discord_archives_threads: None
) -> None:
    g, w = group, group.w
    thread = await _post_gone_thread_locked_and_archived(g)

    back = await w.alice.slash(thread, "round controls")
    assert_responded(back, contains="in a new message in this thread", ephemeral=True)
    (controls,) = _controls(thread)
    assert _now(controls) == "Now: Clarifying questions"
    assert _closed(g, thread) == (False, True)  # open again, still locked by the moderator
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLARIFYING
    assert (record.controls_channel_id, record.controls_message_id) == (thread.id, controls.id)
    assert posts(w) == []


async def test_without_manage_threads_round_controls_name_the_permission(
    group: Group, discord_archives_threads: None
) -> None:
    """Before: "Discord refused just now; please try again in a moment", which no retry
    changes. Now the presenter is told the bot's role needs Manage Threads there; once it
    is given, the same command shows the controls."""
    g, w = group, group.w
    thread = await _post_gone_thread_locked_and_archived(g)
    _bot_roles_without_manage_threads(g)
    await w.env.settle()

    refused = await w.alice.slash(thread, "round controls")
    assert_responded(refused, ephemeral=True)
    told = refused.response.content
    assert told.startswith("I couldn't show this round's controls here: "), told
    assert "archived this round's thread" in told, told
    assert f"my role needs **Manage Threads** in <#{thread.id}>" in told, told
    assert "try again" not in told, told
    assert _controls(thread) == []
    assert _closed(g, thread) == (True, True)
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.controls_message_id is None

    me = w.guild.me
    assert me is not None
    for role in me.roles:
        more = discord.Permissions(role.permissions.value)
        more.manage_threads = True
        w.env.backend.edit_role(w.guild.id, role.id, {"permissions": more.value})
    await w.env.settle()
    back = await w.alice.slash(thread, "round controls")
    assert_responded(back, contains="in a new message in this thread", ephemeral=True)
    (controls,) = _controls(thread)
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.controls_message_id == controls.id
