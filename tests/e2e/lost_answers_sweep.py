"""Shared parts of the sweeps over every command and component under Discord's faults.

The actions are the permission matrix's (`matrix_actions.ACTIONS`): each knows how to run
itself as a role and what an allowed outcome shows and stores. A sweep runs each one as the
first role allowed to do it, with a fault aimed at that action's own interaction (not at the
steps that lead up to it, such as the /privacy reply a forged click is made on).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import simcord.interactions
from simcord import ChannelHandle, Env

from tests.e2e.matrix_actions import ACTIONS, ADMIN, ALLOWED, AUTHOR, FACILITATOR, MEMBER, Scene
from tests.e2e.test_permission_matrix import MATRIX

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
    callback (the bot's first answer) refused as `fault` says; its id is appended."""
    original = simcord.interactions.base_payload
    hit: list[int] = []

    def base_payload(backend: Any, **kwargs: Any) -> Any:
        record, payload = original(backend, **kwargs)
        if not hit and is_the_action(action, kwargs["data"]):
            hit.append(record.id)
            env.inject_error("POST", f"/interactions/{record.id}/*/callback", **fault)
        return record, payload

    monkeypatch.setattr(simcord.interactions, "base_payload", base_payload)
    try:
        yield hit
    finally:
        monkeypatch.setattr(simcord.interactions, "base_payload", original)


def repeated_posts(scene: Scene, before: dict[str, Any]) -> list[tuple[int, str]]:
    """New messages that say the same as another new message in the same channel."""
    seen: set[tuple[int, str]] = set()
    twice: list[tuple[int, str]] = []
    for channel in scene.channels():
        for message in _new(channel, before):
            shown = message.content + repr([e.to_dict() for e in message.embeds])
            said = (channel.id, re.sub(r"ref [\w-]+", "ref", shown))  # each post has its own
            if said in seen:
                twice.append((channel.id, message.content[:80]))
            seen.add(said)
    return twice


def _new(channel: ChannelHandle, before: dict[str, Any]) -> list[Any]:
    known = set(before["posts"].get(channel.id, []))
    return [m for m in channel.history() if m.id not in known]
