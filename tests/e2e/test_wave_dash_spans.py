"""A time span or a period written with the wave dash or tilde a Japanese or Chinese page puts
between its ends ("14:00〜15:30", full-width "１４：００～１５：３０", "2026-01-01～2026-01-31"):
read as the span it shows. Before, the hours form answered "I couldn't read the time" and
/hours report "I couldn't read the period" for what she writes every day."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import said
from tests.e2e.test_hours import TYPED, add, rows

MARKS = ["\u301c", "\uff5e", "~", " \u301c "]  # wave dash, full-width tilde, tilde, spaced


@pytest.mark.parametrize("mark", MARKS)
async def test_a_span_and_a_period_with_a_wave_dash_are_read(world: World, mark: str) -> None:
    w = world
    logged: Any = await add(w.alice, w.channel, {**TYPED, "when": f"2026-01-05 14:00{mark}15:30"})
    assert_responded(logged, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.day.isoformat(), row.start_time, row.end_time, row.minutes) == (
        "2026-01-05",
        "14:00",
        "15:30",
        90,
    )
    report = await w.alice.slash(w.channel, "hours report", period=f"2026-01-01{mark}2026-01-31")
    assert_responded(report, ephemeral=True)
    assert "couldn't read" not in said(report) and "1.5 h" in said(report)


async def test_a_full_width_span_with_its_tilde_is_read(world: World) -> None:
    w = world
    when = "２０２６－０１－０５\u3000１４：００～１５：３０"
    logged: Any = await add(w.alice, w.channel, {**TYPED, "when": when})
    assert_responded(logged, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.start_time, row.end_time, row.minutes) == ("14:00", "15:30", 90)
