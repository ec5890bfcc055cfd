"""/hours add and /hours report read a date, time span or period typed with a Japanese,
Chinese or Korean keyboard in full-width mode ("０９：００–１０：３０"), or in another script's
digits, as it shows on screen: as /remind and /setup schedule read a time."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.test_hours import TYPED, add, rows

# The subject (reading what was typed) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize(
    ("when", "span", "minutes"),
    [
        ("2026-01-05 ０９：００–１０：３０", ("09:00", "10:30"), 90),
        # and an ideographic space between the date and the span
        ("２０２６－０１－０５　０９：００－１０：３０", ("09:00", "10:30"), 90),
        ("2026-01-05 ٠٩:٠٠-١٠:٣٠", ("09:00", "10:30"), 90),  # Arabic-Indic digits
        ("２０２６－０１－０５ １．５ｈ", (None, None), 90),
        ("2026-01-05 ４５ｍｉｎ", (None, None), 45),
    ],
    ids=["wide-span", "all-wide", "arabic-indic", "wide-hours", "wide-minutes"],
)
async def test_a_wide_span_is_logged(
    world: World, when: str, span: tuple[str | None, str | None], minutes: int
) -> None:
    w = world
    done = await add(w.alice, w.channel, TYPED | {"when": when})
    assert_responded(done, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    stored = (row.day.isoformat(), row.start_time, row.end_time, row.minutes)
    assert stored == ("2026-01-05", *span, minutes)


async def test_a_wide_report_period_is_read(world: World) -> None:
    w = world
    await add(w.alice, w.channel)  # 2026-01-05, 1.5 h
    report = await w.alice.slash(
        w.channel, "hours report", period="２０２５－０７－０１ ｔｏ ２０２６－０６－３０"
    )
    assert_responded(report, contains="Total: 1.5 h in 1 session", ephemeral=True)
    assert report.response is not None
    names = sorted(a.filename for a in report.response.attachments)
    assert names == ["hours-20250701-20260630.csv", "hours-20250701-20260630.html"]


async def test_superscripts_are_no_span_and_nothing_is_logged(world: World) -> None:
    w = world
    refused = await add(w.alice, w.channel, TYPED | {"when": "2026-01-05 ⁰⁹:⁰⁰-¹⁰:³⁰"})
    assert_responded(refused, contains="I couldn't read the time “⁰⁹:⁰⁰-¹⁰:³⁰”", ephemeral=True)
    assert await rows(w) == []
