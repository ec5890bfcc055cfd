"""Dates typed at the calendar's edges (year 1, year 9999, year 0): the member is told what
to type, privately, instead of "something went wrong", and nothing is recorded."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_hours import add


@pytest.mark.parametrize("week", ["0001-01-01", "0001-01-03", "9999-12-31"])
async def test_a_summary_of_a_week_at_the_calendars_edge_says_what_to_type(
    world: World, facilitated: Any, week: str
) -> None:
    w = world
    asked = await facilitated.slash(w.channel, "summary", week=week)
    assert_responded(
        asked,
        content=f"I couldn't read “{week}” as a week. Give `this week`, `last week`, or a date "
        "like `2026-03-02`.",
        ephemeral=True,
    )
    assert await bot_of(w.env).repos.audit.kinds("summary_pull") == []
    fine = await facilitated.slash(w.channel, "summary", week="9998-12-31")
    assert_responded(fine, contains="Not enough contributors", ephemeral=True)


@pytest.mark.parametrize("period", ["0000", "9999"])
async def test_a_report_for_a_cpd_year_outside_the_calendar_says_what_to_type(
    world: World, period: str
) -> None:
    w = world
    await add(w.alice, w.channel)
    asked = await w.alice.slash(w.channel, "hours report", period=period)
    assert_responded(asked, contains=f"{period} is outside the calendar", ephemeral=True)
    assert asked.response is not None and asked.response.attachments == []
    assert "2025-07-01 to 2026-06-30" in asked.response.content
