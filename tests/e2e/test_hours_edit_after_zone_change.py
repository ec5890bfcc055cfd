"""A session's hours are the time that passed in the zone she logged it in. Editing only its
topic later, from another zone (she moved, gave /remind a new zone, or edits from a DM where
the server's zone does not apply), read the unchanged span again in the new zone: an hour
across the spring change in London grew to 2 h without her changing a time, and a span logged
in UTC whose start London's clocks skipped could not be edited at all ("01:30 was never on
the clock"). A span she leaves as it was keeps what was counted; a span she retypes is read in
her zone now."""

from __future__ import annotations

from datetime import date

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import said
from tests.e2e.test_hours import TYPED, add, rows


async def _zone(w: World, zone: str) -> None:
    reminded = await w.alice.user.slash("remind", day="0", time="09:00", timezone=zone)
    assert_responded(reminded, contains=f"({zone})", ephemeral=True)


async def test_a_topic_edited_after_a_move_keeps_the_hour_that_passed(world: World) -> None:
    w = world
    await _zone(w, "Europe/London")
    logged = await add(w.alice, w.channel, {**TYPED, "when": "2026-03-29 00:30-02:30"})
    assert_responded(logged, contains="Logged", ephemeral=True)
    assert [r.minutes for r in await rows(w)] == [60]

    await _zone(w, "Asia/Tokyo")
    shown = await w.alice.click(logged.response.message, label="Edit")
    edited = await w.alice.submit_modal(
        shown, {**TYPED, "when": "2026-03-29 00:30-02:30", "topic": "Pacing, second look"}
    )
    assert_responded(edited, contains="Saved", ephemeral=True)
    assert "1 h" in said(edited) and "2 h" not in said(edited)
    (row,) = await rows(w)
    assert (row.day, row.start_time, row.end_time, row.minutes) == (
        date(2026, 3, 29),
        "00:30",
        "02:30",
        60,
    )


async def test_a_span_logged_in_utc_stays_editable_after_london_becomes_her_zone(
    world: World,
) -> None:
    w = world  # no zone yet: UTC, where 01:30 on 29 March was on the clock
    logged = await add(w.alice, w.channel, {**TYPED, "when": "2026-03-29 01:30-02:30"})
    assert_responded(logged, contains="Logged", ephemeral=True)

    await _zone(w, "Europe/London")
    shown = await w.alice.click(logged.response.message, label="Edit")
    edited = await w.alice.submit_modal(
        shown, {**TYPED, "when": "2026-03-29 01:30-02:30", "topic": "Pacing, second look"}
    )
    assert_responded(edited, contains="Saved", ephemeral=True)
    assert "never on the clock" not in said(edited)
    (row,) = await rows(w)
    assert (row.start_time, row.end_time, row.minutes) == ("01:30", "02:30", 60)

    # a span she retypes is read in her zone now: 00:30-02:30 in London that day is 1 h
    shown = await w.alice.click(edited.response.message, label="Edit")
    retimed = await w.alice.submit_modal(shown, {**TYPED, "when": "2026-03-29 00:30-02:30"})
    assert_responded(retimed, contains="Saved", ephemeral=True)
    assert "clocks went forward" in said(retimed)
    assert [r.minutes for r in await rows(w)] == [60]
