"""Hours typed up to midnight: "22:00-24:00" is how many people write a session that ended at
midnight (ISO 8601 has it too). It was refused as "not a time of day", though "23:00-00:00"
was taken. It is now logged as the same two hours; 24:00 is only an end, never a start."""

from __future__ import annotations

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import said
from tests.e2e.test_hours import TYPED, add, rows


async def test_a_session_ending_at_24_00_is_logged_as_ending_at_midnight(world: World) -> None:
    w = world
    logged = await add(w.alice, w.channel, {**TYPED, "when": "2026-01-05 22:00-24:00"})
    assert_responded(logged, contains="Logged", ephemeral=True)
    assert "2 h" in said(logged)
    (row,) = await rows(w)
    assert (row.day.isoformat(), row.start_time, row.end_time, row.minutes) == (
        "2026-01-05",
        "22:00",
        "00:00",
        120,
    )
    # the same as typed the other way
    also = await add(w.bob, w.channel, {**TYPED, "when": "2026-01-05 22:00-00:00"})
    assert_responded(also, contains="Logged", ephemeral=True)
    _, other = await rows(w)
    assert (other.start_time, other.end_time, other.minutes) == ("22:00", "00:00", 120)


async def test_24_00_as_a_start_or_past_it_is_refused_and_the_form_kept(world: World) -> None:
    w = world
    for when in ("2026-01-05 24:00-01:00", "2026-01-05 22:00-24:30", "2026-01-05 22:00-25:00"):
        refused = await add(w.alice, w.channel, {**TYPED, "when": when})
        assert_responded(refused, ephemeral=True)
        assert "is not a time of day" in said(refused), said(refused)
        assert TYPED["topic"] in "\n".join(f.content for f in refused.followups) + said(refused)
    assert await rows(w) == []
