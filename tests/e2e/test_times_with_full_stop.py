"""A time typed as a sentence ends, with a full stop after it ("18:00.", "18.00.", a
span "14:00-15:30." or minutes "90."): read as the time it shows, in /remind and /hours add.
Before, each was refused ("I couldn't read “18:00.”") and nothing was saved. A 12-hour time
("9am.") is still not read by /remind, but she is told the 24-hour time to type instead."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_hours import TYPED, add, rows


@pytest.mark.parametrize("typed", ["18:00.", "18.00.", "1800.", "18:00 .", "１８：００。"])
async def test_a_reminder_time_with_a_full_stop_is_read(world: World, typed: str) -> None:
    w = world
    done = await w.alice.slash(w.channel, "remind", day="2", time=typed, timezone="Europe/Berlin")
    assert_responded(done, ephemeral=True)
    assert "couldn't read" not in said(done)
    assert "every Wednesday at 18:00 (Europe/Berlin)" in said(done)
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.alice.id)
    assert reminder is not None
    assert (reminder.day, reminder.time, reminder.timezone) == (2, "18:00", "Europe/Berlin")


@pytest.mark.parametrize(("typed", "meant"), [("9am.", "09:00"), ("9:30 p.m.", "21:30")])
async def test_a_twelve_hour_reminder_time_is_answered_with_the_time_to_type(
    world: World, typed: str, meant: str
) -> None:
    w = world
    refused = await w.alice.slash(w.channel, "remind", day="2", time=typed, timezone="UTC")
    assert_responded(refused, ephemeral=True)
    assert said(refused).startswith("Nothing changed: I couldn't read")
    assert f"In 24-hour time that is `{meant}`." in said(refused)
    assert await bot_of(w.env).repos.practitioners.reminder(w.alice.id) is None


@pytest.mark.parametrize(
    ("when", "span", "minutes"),
    [
        ("2026-01-05 14:00-15:30.", ("14:00", "15:30"), 90),
        ("2026-01-05 14.00-15.30.", ("14:00", "15:30"), 90),
        ("2026-01-05 90.", (None, None), 90),
        ("2026-01-05 1.5h.", (None, None), 90),
        ("2026-01-05. 45 min.", (None, None), 45),
    ],
)
async def test_hours_with_a_full_stop_after_the_time_are_logged(
    world: World, when: str, span: tuple[str | None, str | None], minutes: int
) -> None:
    w = world
    logged: Any = await add(w.alice, w.channel, {**TYPED, "when": when})
    assert_responded(logged, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.day.isoformat(), row.start_time, row.end_time, row.minutes) == (
        "2026-01-05",
        *span,
        minutes,
    )
