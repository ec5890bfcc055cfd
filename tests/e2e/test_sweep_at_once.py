"""Every command, button, menu and form delivered twice at once, as a double click or a double
submit is: two interactions with the same data reach the bot before it has answered either.

Both are answered, privately; the effect is made once: one of the two answers is what one
clean attempt shows (the permission matrix's own check of an allowed cell), what that cell may
not change is unchanged, no channel, thread or DM holds the same post twice, and nothing fails.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import World
from tests.e2e.fault_sweeps import SWEPT, delivered_twice, ready, repeated_posts
from tests.e2e.matrix_actions import ACTIONS, ALICES, snapshot
from tests.e2e.test_permission_matrix import assert_private

# The subject (what the cogs make of two interactions at once) sits above the storage layer;
# the storage's own guards against a second write are tested on both backends by their flows.
pytestmark = pytest.mark.sqlite_only


# /summary twice is two pulls of the week, each shown and audited: two reads, not one effect.
AT_ONCE = [a for a in SWEPT if a != "/summary"]


@pytest.mark.parametrize("action", AT_ONCE, ids=lambda a: a.replace(" ", "-"))
async def test_an_action_delivered_twice_at_once_is_answered_twice_and_done_once(
    world: World, monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    scene, actor, mine, before = await ready(world, action)
    act = ACTIONS[action]
    cursor = scene.env.error_cursor

    with delivered_twice(monkeypatch, scene.env, action) as twins:
        one = await act.run(scene, actor)
    (other,) = twins
    assert scene.env.errors_since(cursor) == ()
    for result in (one, other):
        assert_private(result, act)
        if result.modal is None:  # the other is told what became of it, never a failure
            assert result.response is not None
            said = [m.content for m in [result.response, *result.followups]]
            assert not any("went wrong" in text for text in said), said
    failures = []
    for result in (one, other):
        try:
            await act.allowed(scene, actor, result, before)
        except AssertionError as failed:
            failures.append(failed)
    assert len(failures) < 2, failures
    assert repeated_posts(scene, before) == []
    after = await snapshot(scene)
    unchanged = set(before) - (act.may_change if mine else act.may_change - ALICES)
    for part in sorted(unchanged):
        assert after[part] == before[part], f"{part} changed"
