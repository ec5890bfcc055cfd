"""/hours times typed across a change of the clocks: "00:30-02:30" on 29 March 2026 in London
(the clocks went forward at 01:00) logged 2 h for the one hour that passed, and 01:30, a time
that never was on that day's clock, was taken as typed. The span is now the time that passed
in the member's zone (her /remind zone, else the server's, else UTC); the reply says so only
when it differs from the clock; a time the clocks skipped is refused with what she typed."""

from __future__ import annotations

from datetime import date

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_hours import TYPED, add, rows


async def _in_london(w: World) -> None:
    reminded = await w.alice.user.slash("remind", day="0", time="09:00", timezone="Europe/London")
    assert_responded(reminded, contains="(Europe/London)", ephemeral=True)


async def test_a_span_across_the_spring_change_counts_the_hour_that_passed(world: World) -> None:
    w = world
    await _in_london(w)
    logged = await add(w.alice, w.channel, {**TYPED, "when": "2026-03-29 00:30-02:30"})
    assert_responded(logged, contains="Logged", ephemeral=True)
    assert "1 h" in said(logged) and "2 h" not in said(logged)
    assert "clocks went forward" in said(logged)
    (row,) = await rows(w)
    assert (row.day, row.start_time, row.end_time) == (date(2026, 3, 29), "00:30", "02:30")
    assert row.minutes == 60

    # the autumn change (back at 02:00 to 01:00): 00:30-03:30 on the clock is 4 h passed
    autumn = await add(w.alice, w.channel, {**TYPED, "when": "2026-10-25 00:30-03:30"})
    assert_responded(autumn, contains="Logged", ephemeral=True)
    assert "4 h" in said(autumn) and "clocks went back" in said(autumn)
    assert [r.minutes for r in await rows(w)] == [60, 240]

    # an ordinary day says nothing about clocks
    plain = await add(w.alice, w.channel, {**TYPED, "when": "2026-03-30 00:30-02:30"})
    assert_responded(plain, contains="Logged", ephemeral=True)
    assert "2 h" in said(plain) and "clocks" not in said(plain)

    # edited onto the day the clocks went forward: the hour that passed, said so
    shown = await w.alice.click(plain.response.message, label="Edit")
    edited = await w.alice.submit_modal(shown, {**TYPED, "when": "2026-03-29 00:15-02:45"})
    assert_responded(edited, contains="Saved", ephemeral=True)
    assert "1.5 h" in said(edited) and "clocks went forward" in said(edited)
    assert [r.minutes for r in await rows(w)] == [60, 240, 90]


async def test_a_time_the_clocks_skipped_is_refused_with_what_was_typed(world: World) -> None:
    w = world
    await _in_london(w)
    typed = {**TYPED, "when": "2026-03-29 01:30-02:30"}
    refused = await add(w.alice, w.channel, typed)
    assert_responded(refused, contains="01:30", ephemeral=True)
    text = said(refused)
    assert "never on the clock" in text and "Europe/London" in text
    assert "Nothing was saved yet" in text and TYPED["topic"] in text
    assert "2026-03-29 01:30-02:30" in text
    assert await rows(w) == []


async def test_without_a_zone_the_clock_time_is_the_time_that_passed(world: World) -> None:
    w = world  # no /remind zone, no server zone: UTC, which never changes its clocks
    logged = await add(w.alice, w.channel, {**TYPED, "when": "2026-03-29 00:30-02:30"})
    assert_responded(logged, contains="Logged", ephemeral=True)
    assert "clocks" not in said(logged)
    (row,) = await rows(w)
    assert row.minutes == 120
    assert await bot_of(w.env).repos.practitioners.reminder(w.alice.id) is None
