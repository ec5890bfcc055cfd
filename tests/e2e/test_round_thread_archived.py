"""A round whose controls are in its thread (a moderator deleted the share's post), and Discord
archived that thread after a quiet spell: Discord then refuses any edit of a message in it. A
click that moves the round on opens the thread again and shows the round's new phase there, as
if nothing happened; if the bot's role may not open it, the clicker is told which permission
it needs, and the round has moved on all the same.

SimCord 3.2.1 does not model archived threads: `discord_archives_threads` adds Discord's rules
for them (see its docstring)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import discord
import pytest
from simcord import ChannelHandle, assert_responded

from bot.round import Phase
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import Group, group, posts, share_with_question, the_post, thread_of
from tests.e2e.test_round_post_deleted import (
    _controls,  # pyright: ignore[reportPrivateUsage]
    _deleted_by_a_moderator,  # pyright: ignore[reportPrivateUsage]
    _now,  # pyright: ignore[reportPrivateUsage]
)

__all__ = ["group"]  # the fixture, used by name

THREAD_ARCHIVED = 50083


@pytest.fixture
def discord_archives_threads(world: World) -> Iterator[None]:
    """Discord's rules for an archived thread, which SimCord 3.2.1 lacks: a message in it
    cannot be edited (400, code 50083); a message sent in it (unless locked) opens it again;
    opening it again (`archived: false` alone) asks Send Messages in Threads, or Manage
    Threads once it is locked, where SimCord would ask Manage Channels."""
    from simcord.backend import serializers
    from simcord.backend.errors import BackendError
    from simcord.http import router

    original = router.dispatch

    def dispatch(backend: Any, method: str, path: str, **kwargs: Any) -> Any:
        parts = path.strip("/").split("/")
        channel = None
        if len(parts) >= 2 and parts[0] == "channels" and parts[1].isdigit():
            channel = backend.channels.get(int(parts[1]))
        meta = getattr(channel, "thread_metadata", None)
        if channel is None or meta is None or not meta.archived:
            return original(backend, method, path, **kwargs)
        body = kwargs.get("json") or {}
        if method == "PATCH" and len(parts) == 2 and body == {"archived": False}:
            needed = "manage_threads" if meta.locked else "send_messages_in_threads"
            backend.require_permissions(channel.guild_id, backend.bot_user.id, channel.id, needed)
            opened = backend.edit_channel(channel.id, {}, thread_metadata={"archived": False})
            return dict(serializers.channel_payload(backend, opened))
        if method == "POST" and parts[2:] == ["messages"] and not meta.locked:
            done = original(backend, method, path, **kwargs)
            backend.edit_channel(channel.id, {}, thread_metadata={"archived": False})
            return done
        if method in ("PATCH", "POST") and parts[2:3] == ["messages"]:
            raise BackendError(400, THREAD_ARCHIVED, "Thread is archived")
        return original(backend, method, path, **kwargs)

    router.dispatch = dispatch
    try:
        yield
    finally:
        router.dispatch = original


async def _controls_in_an_archived_thread(g: Group) -> tuple[ChannelHandle, discord.Message]:
    """Alice's share, in its clarifying phase, whose post a moderator deleted: its controls
    are brought back in its thread, which Discord then archives after a quiet week."""
    w = g.w
    await share_with_question(g, "What else could I try?")
    thread = thread_of(w)
    await _deleted_by_a_moderator(g, w.channel.id, the_post(w).id)
    back = await w.alice.slash(thread, "round controls")
    assert_responded(back, contains="in a new message in this thread", ephemeral=True)
    (controls,) = _controls(thread)
    w.env.backend.edit_channel(thread.id, {}, thread_metadata={"archived": True})
    await w.env.settle()
    return thread, controls


def _archived(w: World, thread: ChannelHandle) -> bool:
    return w.env.backend.channels[thread.id].thread_metadata.archived


async def test_moving_a_round_on_in_an_archived_thread_opens_it_and_shows_the_new_phase(
    group: Group, discord_archives_threads: None
) -> None:
    g, w = group, group.w
    thread, controls = await _controls_in_an_archived_thread(g)
    assert _archived(w, thread)

    moved = await w.alice.click(controls, label="Next phase")
    assert_responded(moved, contains="The round is now in **Affirmations**", ephemeral=True)
    assert "couldn't update" not in moved.response.content, moved.response.content
    assert not _archived(w, thread)
    assert _controls(thread) == [controls]  # the same message shows it: nothing posted anew
    assert _now(_controls(thread)[0]) == "Now: Affirmations"
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS
    assert record.controls_message_id == controls.id
    assert posts(w) == []


async def test_a_round_in_an_archived_thread_the_bot_may_not_open_says_which_permission(
    group: Group, discord_archives_threads: None
) -> None:
    """Without Send Messages in Threads the bot may not open the thread again: the clicker
    is told the round moved on and which permission would show it, not only that the post
    could not be updated; once given, the next click shows the round there."""
    g, w = group, group.w
    thread, controls = await _controls_in_an_archived_thread(g)
    me = w.guild.me
    assert me is not None
    given = {r.id: r.permissions.value for r in me.roles}  # its own role and @everyone's
    for role_id, value in given.items():
        less = discord.Permissions(value)
        less.send_messages_in_threads = False
        w.env.backend.edit_role(w.guild.id, role_id, {"permissions": less.value})
    await w.env.settle()

    moved = await w.alice.click(controls, label="Next phase")
    assert_responded(moved, contains="The round is now in **Affirmations**", ephemeral=True)
    told = moved.response.content
    assert "archived this round's thread" in told, told
    assert "my role needs **Send Messages in Threads**" in told, told
    assert _archived(w, thread)
    assert _now(_controls(thread)[0]) == "Now: Clarifying questions"
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS

    asked = await w.alice.slash(thread, "round controls")  # says the same, not to retry
    assert_responded(asked, contains="archived this round's thread", ephemeral=True)
    assert "**Send Messages in Threads**" in asked.response.content
    assert "try again" not in asked.response.content
    assert _controls(thread) == [controls]

    for role_id, value in given.items():
        w.env.backend.edit_role(w.guild.id, role_id, {"permissions": value})
    await w.env.settle()
    again = await w.alice.click(controls, label="Next phase")
    assert again.acknowledged and again.ephemeral
    assert not _archived(w, thread)
    assert _now(_controls(thread)[0]) == "Now: Affirmations"
