"""Shared parts of the sweeps over every command and component under Discord's faults.

The actions are the permission matrix's (`matrix_actions.ACTIONS`): each knows how to run
itself as a role and what an allowed outcome shows and stores. A sweep runs each one as the
first role allowed to do it, with a fault aimed at that action's own interaction (not at the
steps that lead up to it, such as the /privacy reply a forged click is made on).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import simcord.interactions
from simcord import ChannelHandle, Env, InteractionResult

from tests.e2e.conftest import World
from tests.e2e.matrix_actions import (
    ACTIONS,
    ADMIN,
    ALICES,
    ALLOWED,
    AUTHOR,
    FACILITATOR,
    MEMBER,
    OWNERS,
    Action,
    Actor,
    Scene,
    build_scene,
    snapshot,
)
from tests.e2e.test_permission_matrix import MATRIX, assert_private

PREFERRED = (AUTHOR, FACILITATOR, ADMIN, MEMBER)


def allowed_role(action: str) -> str | None:
    """Who runs the action in a sweep: its owner when she may, else the first allowed role."""
    cells = MATRIX[action]
    for role in PREFERRED:
        if cells.get(role) == ALLOWED:
            return role
    return next((role for role, cell in cells.items() if cell == ALLOWED), None)


SWEPT = [a for a in ACTIONS if allowed_role(a) is not None]

# Matrix names whose custom ids are spelt differently.
_CUSTOM_ID_PREFIX = {
    "sk:shr:post": "sk:shp:post:",
    "sk:shr:named": "sk:shp:named:",
    "sk:shr:edit": "sk:shp:edit:",
    "sk:shr:cancel": "sk:shp:cancel:",
    "sk:shr:del": "sk:shp:del:",
}


def is_the_action(action: str, data: dict[str, Any]) -> bool:
    """Whether an interaction's data is the action itself (a command, click, choice or submit)."""
    if action.startswith("/"):
        root, *sub = action.removeprefix("/").split(" ")
        if data.get("name") != root:
            return False
        options = data.get("options") or []
        return not sub or bool(options and options[0].get("name") == sub[0])
    prefix = _CUSTOM_ID_PREFIX.get(action, action + ":")
    return str(data.get("custom_id", "")).startswith(prefix)


@contextmanager
def aimed_faults(
    monkeypatch: pytest.MonkeyPatch, env: Env, action: str, fault: dict[str, Any]
) -> Iterator[list[int]]:
    """While armed (the yielded list is empty), the next interaction that is `action` gets its
    answers refused as `fault` says; its id is appended. `fault["on"]` says which: "callback"
    (the bot's first answer, a reply, a form or a "thinking..."), or "webhook" (everything it
    sends after its first answer: follow-ups and edits of its reply, every time)."""
    original = simcord.interactions.base_payload
    hit: list[int] = []
    on = fault.get("on", "callback")
    refusal = {k: v for k, v in fault.items() if k != "on"}

    def base_payload(backend: Any, **kwargs: Any) -> Any:
        record, payload = original(backend, **kwargs)
        if not hit and is_the_action(action, kwargs["data"]):
            hit.append(record.id)
            if on == "callback":
                env.inject_error("POST", f"/interactions/{record.id}/*/callback", **refusal)
            else:
                env.inject_error("*", f"/webhooks/*/{record.token}*", **refusal)
        return record, payload

    monkeypatch.setattr(simcord.interactions, "base_payload", base_payload)
    try:
        yield hit
    finally:
        monkeypatch.setattr(simcord.interactions, "base_payload", original)


async def done_again(
    scene: Scene,
    actor: Actor,
    act: Action,
    again: InteractionResult,
    before: dict[str, Any],
    cursor: int,
    said: Callable[[InteractionResult], str],
) -> dict[str, Any]:
    """Check that `again` (the action done once more after a fault) answered privately and
    ended as one clean attempt does, posting nothing twice and failing nowhere since
    `cursor`; the state it left, for the caller's own checks."""
    assert_private(again, act)
    try:
        await act.allowed(scene, actor, again, before)
    except AssertionError as failed:
        raise AssertionError(f"done again, it said: {said(again)!r}") from failed
    assert repeated_posts(scene, before) == []
    assert scene.env.errors_since(cursor) == ()
    return await snapshot(scene)


def repeated_posts(scene: Scene, before: dict[str, Any]) -> list[tuple[int, str]]:
    """New messages that say the same as another new message in the same channel."""
    seen: set[tuple[int, str]] = set()
    twice: list[tuple[int, str]] = []
    for channel in scene.channels():
        for message in new_messages(channel, before):
            shown = message.content + repr([e.to_dict() for e in message.embeds])
            said = (channel.id, re.sub(r"ref [\w-]+", "ref", shown))  # each post has its own
            if said in seen:
                twice.append((channel.id, message.content[:80]))
            seen.add(said)
    return twice


def new_messages(channel: ChannelHandle, before: dict[str, Any]) -> list[Any]:
    known = set(before["posts"].get(channel.id, []))
    return [m for m in channel.history() if m.id not in known]


@contextmanager
def delivered_twice(
    monkeypatch: pytest.MonkeyPatch, env: Env, action: str
) -> Iterator[list[InteractionResult]]:
    """While armed (the yielded list is empty), the next interaction that is `action` reaches
    the bot twice at once, as a double click or double submit does: two interactions with the
    same data, dispatched before the bot has answered either. The twin's result is appended."""
    original = simcord.interactions.base_payload
    backend = env.backend
    emit = backend.emit
    twins: list[InteractionResult] = []
    first: list[Any] = []

    def base_payload(backend_: Any, **kwargs: Any) -> Any:
        record, payload = original(backend_, **kwargs)
        if not first and is_the_action(action, kwargs["data"]):
            first.append(record)
        return record, payload

    def emit_twice(event: str, payload: Any) -> None:
        emit(event, payload)
        if event != "INTERACTION_CREATE" or not first or twins:
            return
        record = first[0]
        if payload.get("id") != str(record.id):
            return
        twin = backend.new_interaction(
            record.type, record.channel_id, record.user_id, record.guild_id
        )
        for copied in ("source_message_id", "command_name", "command_type"):
            setattr(twin, copied, getattr(record, copied))
        twins.append(InteractionResult(env, twin))
        emit(event, copy.deepcopy(dict(payload)) | {"id": str(twin.id), "token": twin.token})

    monkeypatch.setattr(simcord.interactions, "base_payload", base_payload)
    monkeypatch.setattr(backend, "emit", emit_twice)
    try:
        yield twins
    finally:
        monkeypatch.setattr(simcord.interactions, "base_payload", original)
        monkeypatch.setattr(backend, "emit", emit)


@contextmanager
def captured(monkeypatch: pytest.MonkeyPatch, env: Env, action: str) -> Iterator[list[Any]]:
    """While inside, the first interaction that is `action` is kept as Discord sent it, so
    that the same click, choice, submit or command can be sent again (`send_again`)."""
    backend = env.backend
    emit = backend.emit
    kept: list[Any] = []

    def keep(event: str, payload: Any) -> None:
        if event == "INTERACTION_CREATE" and not kept and is_the_action(action, payload["data"]):
            record = backend.interactions[int(payload["id"])]
            kept.append((record, copy.deepcopy(dict(payload))))
        emit(event, payload)

    monkeypatch.setattr(backend, "emit", keep)
    try:
        yield kept
    finally:
        monkeypatch.setattr(backend, "emit", emit)


async def send_again(env: Env, sent: tuple[Any, dict[str, Any]]) -> InteractionResult:
    """The member does the same again: a new interaction with the same data, on the same
    message, as a second click of the same button (or submit of the same form) sends."""
    record, payload = sent
    backend = env.backend
    twin = backend.new_interaction(record.type, record.channel_id, record.user_id, record.guild_id)
    for copied in ("source_message_id", "command_name", "command_type"):
        setattr(twin, copied, getattr(record, copied))
    env._begin_operation("send_again")  # pyright: ignore[reportPrivateUsage]
    try:
        backend.emit("INTERACTION_CREATE", payload | {"id": str(twin.id), "token": twin.token})
        await env._settle_internal(dispatch="INTERACTION_CREATE")  # pyright: ignore[reportPrivateUsage]
    finally:
        env._end_operation()  # pyright: ignore[reportPrivateUsage]
    return InteractionResult(env, twin)


async def ready(world: World, action: str) -> tuple[Scene, Actor, bool, dict[str, Any]]:
    """The scene, the actor allowed to do `action`, whether it is alice's own data the action
    changes, and the snapshot before it."""
    scene = await build_scene(world)
    act = ACTIONS[action]
    role = allowed_role(action)
    assert role is not None
    actor = scene.actor(role)
    mine = role in OWNERS or act.acts_on_alice
    if act.once_a_week or (mine and act.may_change & ALICES):
        await scene.renew(next_week=act.once_a_week)
    if act.prepare is not None:
        await act.prepare(scene, actor)
    return scene, actor, mine, await snapshot(scene)
