"""Times, dates and zones typed into options and the hours form the way a member types them
elsewhere: full-width from an East Asian keyboard, with a non-breaking or ideographic space
for a plain one, or a word joiner or byte-order mark stuck to them by a paste. Each is read as
it shows; a shape that is no time ("18:00.", "Europe/Berlin.") is answered with what she typed
quoted back and what to type instead, and nothing is stored."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_hours import TYPED, add, rows

NBSP, IDEO, WJ, BOM = "\u00a0", "\u3000", "\u2060", "\ufeff"


def wide(text: str) -> str:
    """`text` as a full-width keyboard types it (an ideographic space for a space)."""
    return "".join(IDEO if c == " " else chr(ord(c) + 0xFEE0) for c in text)


SHAPES = {
    "full-width": wide,
    "non-breaking spaces": lambda t: NBSP + t.replace(" ", NBSP) + NBSP,
    "ideographic spaces": lambda t: t.replace(" ", IDEO),
    "joiner and BOM": lambda t: f"{WJ}{t}{BOM}",
}


@pytest.mark.parametrize("shape", SHAPES)
async def test_a_reminder_typed_in_another_shape_is_read(world: World, shape: str) -> None:
    w = world
    typed = SHAPES[shape]
    done = await w.alice.slash(
        w.channel, "remind", day="0", time=typed("17:30"), timezone=typed("New York")
    )
    assert_responded(done, contains="I'll DM you every Monday at 17:30", ephemeral=True)
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.alice.id)
    assert reminder is not None
    assert (reminder.time, reminder.timezone) == ("17:30", "America/New_York")


@pytest.mark.postgres_too
@pytest.mark.parametrize("shape", SHAPES)
async def test_server_times_typed_in_another_shape_are_read(
    world: World, admin: MemberActor, shape: str
) -> None:
    w = world
    typed = SHAPES[shape]
    zone = await admin.slash(w.channel, "setup timezone", zone=typed("UTC + 2"))
    assert_responded(zone, contains="Saved", ephemeral=True)
    schedule = await admin.slash(w.channel, "setup schedule", day="0", time=typed("09:30"))
    assert_responded(schedule, contains="Saved", ephemeral=True)
    settings = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert (settings.timezone, settings.summary_time) == ("Etc/GMT-2", "09:30")
    meeting = await admin.slash(w.channel, "hours meeting", day="3", time=typed("19:00"))
    assert_responded(meeting, ephemeral=True)
    assert "couldn't read" not in said(meeting)
    plan = await bot_of(w.env).repos.meetings.get(w.guild.id)
    assert plan is not None and plan.start == "19:00"


@pytest.mark.parametrize("shape", SHAPES)
async def test_hours_typed_in_another_shape_are_read(world: World, shape: str) -> None:
    w = world
    typed = SHAPES[shape]
    logged: Any = await add(w.alice, w.channel, {**TYPED, "when": typed("2026-01-05 14:00-15:30")})
    assert_responded(logged, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.day.isoformat(), row.start_time, row.end_time, row.minutes) == (
        "2026-01-05",
        "14:00",
        "15:30",
        90,
    )


async def test_a_shape_that_is_no_time_is_quoted_back_with_what_to_type(
    world: World, admin: MemberActor
) -> None:
    w = world
    remind = await w.alice.slash(w.channel, "remind", day="0", time="17:3O")  # a letter O
    assert_responded(remind, contains="“17:3O”", ephemeral=True)
    assert "such as `17:30`" in said(remind)
    assert await bot_of(w.env).repos.practitioners.reminder(w.alice.id) is None

    zone = await admin.slash(w.channel, "setup timezone", zone="Europe/Berlin.")
    assert_responded(zone, contains="“Europe/Berlin.” isn't a time zone I know", ephemeral=True)
    assert (await bot_of(w.env).repos.servers.get(w.guild.id)).timezone != "Europe/Berlin"

    refused: Any = await add(w.alice, w.channel, {**TYPED, "when": "2026-01-05 14:00-15:3O"})
    assert_responded(refused, contains="“14:00-15:3O”", ephemeral=True)
    assert "14:00-15:30" in said(refused)  # what to type instead
    assert TYPED["topic"] in said(refused)  # nothing she typed is lost
    assert await rows(w) == []
