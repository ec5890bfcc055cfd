"""Every command, button, menu and form whose first answer Discord refused (the interaction
callback fails: 404 "Unknown interaction", 10062, or a 500 on every try), and which the user
then does again, as anyone would after "This interaction failed".

Whatever the first attempt stored or posted is not stored or posted twice, and the second
attempt answers privately and ends where one clean attempt ends: the permission matrix's own
check of an allowed cell passes on it, what that cell may not change is unchanged, and no
channel, thread or DM holds the same post twice.
"""

from __future__ import annotations

from typing import Any

import discord
import pytest

from tests.e2e.conftest import World
from tests.e2e.fault_sweeps import SWEPT, aimed_faults, allowed_role, repeated_posts
from tests.e2e.matrix_actions import ACTIONS, ALICES, OWNERS, build_scene, snapshot
from tests.e2e.test_permission_matrix import assert_private

# The subject (what the cogs do when an answer is lost) sits above the storage layer.
pytestmark = pytest.mark.sqlite_only

FAULTS: dict[str, dict[str, Any]] = {
    "10062": {"status": 404, "code": 10062, "message": "Unknown interaction"},
    "500": {"status": 500, "message": "upstream down", "times": 5},  # discord.py tries 5 times
}


def _only_the_lost_answer(errors: list[BaseException]) -> list[BaseException]:
    """The errors that are not the refused answer itself (nor a reply to a dead interaction)."""
    other = []
    for error in errors:
        original = getattr(error, "original", error)
        if not isinstance(original, discord.HTTPException):
            other.append(error)
    return other


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("action", SWEPT, ids=lambda a: a.replace(" ", "-"))
async def test_an_action_whose_first_answer_was_lost_done_again_ends_as_once(
    world: World, monkeypatch: pytest.MonkeyPatch, action: str, fault: str
) -> None:
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
    before = await snapshot(scene)

    with aimed_faults(monkeypatch, scene.env, action, FAULTS[fault]) as hit:
        await act.run(scene, actor)
    assert hit, "the action's own interaction was never seen"
    assert _only_the_lost_answer(scene.env.errors) == []

    actor.typed = None
    cursor = scene.env.error_cursor
    again = await act.run(scene, actor)
    assert_private(again, act)
    await act.allowed(scene, actor, again, before)
    assert repeated_posts(scene, before) == []
    assert scene.env.errors_since(cursor) == ()
    after = await snapshot(scene)
    unchanged = set(before) - (act.may_change if mine else act.may_change - ALICES)
    for part in sorted(unchanged):
        assert after[part] == before[part], f"{part} changed"
