"""Every command, button, menu and form whose first answer Discord refused (the interaction
callback fails: 404 "Unknown interaction", 10062, or a 500 on every try), and which the user
then does again, as anyone would after "This interaction failed".

Whatever the first attempt stored or posted is not stored or posted twice, and the second
attempt answers privately and ends where one clean attempt ends: the permission matrix's own
check of an allowed cell passes on it, what that cell may not change is unchanged, and no
channel, thread or DM holds the same post twice. When only the answers after the first were
lost (her "thinking..." came, and nothing after it), the first attempt did everything: done
again, it answers privately and changes nothing more.

The second attempt is the same interaction sent again (`send_again`): the same button on the
same message, the same form, the same command.
"""

from __future__ import annotations

from typing import Any

import discord
import pytest
from simcord import InteractionResult

from tests.e2e.conftest import World
from tests.e2e.fault_sweeps import (
    SWEPT,
    aimed_faults,
    captured,
    done_again,
    ready,
    repeated_posts,
    send_again,
)
from tests.e2e.matrix_actions import (
    ACTIONS,
    ALICES,
    Actor,
    Scene,
    snapshot,
)
from tests.e2e.test_permission_matrix import assert_private

# The subject (what the cogs do when an answer is lost) sits above the storage layer.
pytestmark = pytest.mark.sqlite_only

FAULTS: dict[str, dict[str, Any]] = {
    "10062": {"status": 404, "code": 10062, "message": "Unknown interaction"},
    "500": {"status": 500, "message": "upstream down", "times": 5},  # discord.py tries 5 times
    # the first answer reached her (a "thinking...", say), and nothing the bot sent after it
    "followups": {"on": "webhook", "status": 500, "message": "upstream down", "times": None},
}


def _only_the_lost_answer(errors: list[BaseException]) -> list[BaseException]:
    """The errors that are not the refused answer itself (nor a reply to a dead interaction)."""
    other = []
    for error in errors:
        original = getattr(error, "original", error)
        if not isinstance(original, discord.HTTPException):
            other.append(error)
    return other


def _said(result: InteractionResult) -> str:
    shown = [m for m in [result.response, *result.followups] if m is not None]
    return "\n".join(m.content for m in shown) if result.modal is None else "(a form)"


async def _lost_then_again(
    scene: Scene, actor: Actor, action: str, fault: str, monkeypatch: pytest.MonkeyPatch
) -> InteractionResult:
    """The action with its answers refused as `fault` says, then the same done again."""
    with (
        aimed_faults(monkeypatch, scene.env, action, FAULTS[fault]) as hit,
        captured(monkeypatch, scene.env, action) as sent,
    ):
        await ACTIONS[action].run(scene, actor)
    assert hit, "the action's own interaction was never seen"
    assert _only_the_lost_answer(scene.env.errors) == []
    (first,) = sent
    return await send_again(scene.env, first)  # the same button, menu, form or command


@pytest.mark.parametrize("fault", ["10062", "500"])
@pytest.mark.parametrize("action", SWEPT, ids=lambda a: a.replace(" ", "-"))
async def test_an_action_whose_first_answer_was_refused_done_again_ends_as_once(
    world: World, monkeypatch: pytest.MonkeyPatch, action: str, fault: str
) -> None:
    """Nothing reached the member: done again, it answers as one clean attempt does."""
    act = ACTIONS[action]
    scene, actor, mine, before = await ready(world, action)
    cursor = scene.env.error_cursor + 1  # the refused answer's own error
    again = await _lost_then_again(scene, actor, action, fault, monkeypatch)
    after = await done_again(scene, actor, act, again, before, cursor, _said)
    unchanged = set(before) - (act.may_change if mine else act.may_change - ALICES)
    for part in sorted(unchanged):
        assert after[part] == before[part], f"{part} changed"


# Parts a second attempt may change although the first did everything: /summary's audit
# records each pull of the week, and each is a pull.
RECORDS_EACH_TRY = frozenset({"pulls"})


@pytest.mark.parametrize("action", SWEPT, ids=lambda a: a.replace(" ", "-"))
async def test_an_action_whose_answers_after_the_first_were_lost_done_again_changes_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    """Her "thinking..." came, and nothing after it: the first attempt did it all, so doing it
    again answers (what was done, or that it is done already) and changes nothing more."""
    act = ACTIONS[action]
    scene, actor, mine, before = await ready(world, action)
    with (
        aimed_faults(monkeypatch, scene.env, action, FAULTS["followups"]),
        captured(monkeypatch, scene.env, action) as sent,
    ):
        await act.run(scene, actor)
    scene.env.errors.clear()  # the lost answers, and the reports of them that were lost too
    done = await snapshot(scene)
    unchanged = set(before) - (act.may_change if mine else act.may_change - ALICES)
    for part in sorted(unchanged):
        assert done[part] == before[part], f"{part} changed"
    cursor = scene.env.error_cursor
    (first,) = sent
    again = await send_again(scene.env, first)
    assert_private(again, act)
    assert "went wrong" not in _said(again), _said(again)
    assert scene.env.errors_since(cursor) == ()
    assert repeated_posts(scene, before) == []
    after = await snapshot(scene)
    for part in sorted(set(after) - RECORDS_EACH_TRY):
        assert after[part] == done[part], f"{part} changed when done again"
