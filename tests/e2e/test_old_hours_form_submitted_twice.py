"""An /hours add form as sent before forms carried a one-time id (its custom id ends at the
reflection it was made from), submitted a second time: after Discord lost every answer to
the first submit, or twice at once (a double submit). The session is logged once, and the
second submit is told so with what the first logged, as a form of today is."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import InteractionResult, assert_responded

from tests.e2e.conftest import World
from tests.e2e.fault_sweeps import aimed_faults, delivered_twice
from tests.e2e.helpers import submit_again
from tests.e2e.test_hours import TYPED, rows

OLD_FORM = "sk:hnew:video:peer_group:presenter:-1:0"
LOST = {"on": "webhook", "status": 500, "message": "upstream down", "times": None}
TWICE = "Already logged: this form reached me twice and is saved once.\n"


async def _old_form(w: World) -> InteractionResult:
    """The add form as an earlier version sent it: no one-time id in its custom id."""
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    assert shown.modal is not None
    shown._interaction.modal = shown.modal | {"custom_id": OLD_FORM}  # pyright: ignore[reportPrivateUsage]
    return shown


async def test_an_old_add_form_sent_again_after_its_answer_was_lost_logs_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    shown = await _old_form(w)
    with aimed_faults(monkeypatch, w.env, "sk:hnew", LOST) as hit:
        first = await w.alice.submit_modal(shown, TYPED)
    assert hit and first.followups == []  # her "thinking..." and nothing after it
    w.env.errors.clear()  # the lost answers
    (row,) = await rows(w)
    again = await submit_again(w.alice, shown, TYPED)
    assert_responded(again, contains=TWICE, ephemeral=True)
    assert again.response is not None and f"`#{row.id}`" in again.response.content
    assert [r.id for r in await rows(w)] == [row.id]
    assert (row.author_id, row.minutes, row.start_time) == (w.alice.id, 90, "14:00")


@pytest.mark.postgres_too
async def test_an_old_add_form_submitted_twice_at_once_logs_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    shown = await _old_form(w)
    with delivered_twice(monkeypatch, w.env, "sk:hnew") as twins:
        first = await w.alice.submit_modal(shown, TYPED)
    (twin,) = twins
    said = [r.response.content for r in (first, twin) if r.response is not None]
    assert len(said) == 2 and sum(s.startswith(TWICE) for s in said) == 1, said
    assert len(await rows(w)) == 1


async def test_a_new_session_in_an_old_form_is_logged(world: World) -> None:
    """Only the same session is the same form again: another day is logged anew."""
    w = world
    await w.alice.submit_modal(await _old_form(w), TYPED)
    other: dict[str, Any] = TYPED | {"when": "2026-01-06 14:00-15:30"}
    logged = await w.alice.submit_modal(await _old_form(w), other)
    assert_responded(logged, contains="Logged: ", ephemeral=True)
    assert logged.response is not None and TWICE not in logged.response.content
    assert [r.day.isoformat() for r in await rows(w)] == ["2026-01-05", "2026-01-06"]
