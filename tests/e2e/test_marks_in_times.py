"""A time, date, period or zone that shows as one but carries invisible marks (a left-to-right
mark, a zero-width space, a byte-order mark, an isolate), as a paste from a calendar or a
phone set to a right-to-left language can: read as it shows. Before, each was refused with a
message that quoted it back looking exactly like the example it asked for ("I couldn't read
“18:00”. I need a start time such as `18:00`"), and nothing the member could see explained
why."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_hours import TYPED, add, rows

LRM, RLM, ZWSP, BOM, FSI, PDI = "\u200e", "\u200f", "\u200b", "\ufeff", "\u2068", "\u2069"


async def test_a_reminder_time_and_zone_with_marks_are_read_as_shown(world: World) -> None:
    w = world
    done = await w.alice.slash(
        w.channel, "remind", day="0", time=f"{LRM}18:00{LRM}", timezone=f"{FSI}Europe/Berlin{PDI}"
    )
    assert_responded(done, ephemeral=True)
    assert "couldn't read" not in said(done) and "18:00" in said(done)
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.alice.id)
    assert reminder is not None
    assert (reminder.day, reminder.time, reminder.timezone) == (0, "18:00", "Europe/Berlin")


async def test_server_settings_with_marks_are_read_as_shown(
    world: World, admin: MemberActor
) -> None:
    w = world
    zone = await admin.slash(w.channel, "setup timezone", zone=f"{BOM}London")
    assert_responded(zone, contains="Saved", ephemeral=True)
    schedule = await admin.slash(w.channel, "setup schedule", day="0", time=f"{RLM}09:30")
    assert_responded(schedule, contains="Saved", ephemeral=True)
    settings = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert (settings.timezone, settings.summary_day, settings.summary_time) == (
        "Europe/London",
        0,
        "09:30",
    )
    meeting = await admin.slash(w.channel, "hours meeting", day="3", time=f"{ZWSP}19:00")
    assert_responded(meeting, ephemeral=True)
    assert "couldn't read" not in said(meeting)
    plan = await bot_of(w.env).repos.meetings.get(w.guild.id)
    assert plan is not None and (plan.day, plan.start) == (3, "19:00")


async def test_a_summary_week_with_marks_is_read_as_shown(world: World, admin: MemberActor) -> None:
    w = world
    preview = await admin.slash(w.channel, "summary", week=f"{LRM}2026-01-05{LRM}")
    assert_responded(preview, ephemeral=True)
    assert "as a week" not in said(preview)
    (pull,) = await bot_of(w.env).repos.audit.kinds("summary_pull")
    assert pull == (admin.id, w.guild.id, "2026-01-05")


@pytest.mark.postgres_too
async def test_hours_with_marks_are_read_as_shown(world: World) -> None:
    w = world
    when = f"{LRM}2026-01-05{LRM} {LRM}14:00{LRM}-{LRM}15:30{LRM}"
    logged: Any = await add(w.alice, w.channel, {**TYPED, "when": when})
    assert_responded(logged, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.day.isoformat(), row.start_time, row.end_time, row.minutes) == (
        "2026-01-05",
        "14:00",
        "15:30",
        90,
    )
    report = await w.alice.slash(
        w.channel, "hours report", period=f"{LRM}2026-01-01{LRM} to {LRM}2026-01-31{LRM}"
    )
    assert_responded(report, ephemeral=True)
    assert "couldn't read" not in said(report) and "1.5 h" in said(report)


async def test_a_date_not_in_the_calendar_is_named_without_the_marks_around_it(
    world: World,
) -> None:
    w = world
    refused = await add(w.alice, w.channel, {**TYPED, "when": "\u202e2026-02-30 90"})
    assert_responded(refused, ephemeral=True)
    assert said(refused).startswith("2026-02-30 is not a date in the calendar.")
    assert await rows(w) == []
