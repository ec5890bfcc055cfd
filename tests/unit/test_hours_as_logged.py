"""An /hours Edit that leaves the span as it was logged keeps the time counted then."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from bot.hours.model import When, as_logged, parse_when

LONDON = ZoneInfo("Europe/London")
SPRING = date(2026, 3, 29)  # London's clocks went forward at 01:00


def test_the_same_span_keeps_the_minutes_counted_in_the_zone_it_was_logged_in() -> None:
    logged = parse_when("2026-03-29", "00:30-02:30", zone=LONDON)
    assert logged == When(SPRING, "00:30", "02:30", 60)
    assert as_logged("2026-03-29", "00:30-02:30", logged) is logged
    # as the Edit form shows it, or typed another way that reads as the same span
    assert as_logged("2026-03-29", "0:30 – 2:30", logged) is logged
    assert as_logged("2026-03-29", "００：３０-０２：３０", logged) is logged


def test_a_span_the_new_zone_skipped_is_kept_as_logged() -> None:
    logged = When(SPRING, "01:30", "02:30", 60)  # logged in UTC
    assert as_logged("2026-03-29", "01:30-02:30", logged) is logged


def test_a_changed_span_or_day_is_read_afresh() -> None:
    logged = When(SPRING, "00:30", "02:30", 60)
    assert as_logged("2026-03-29", "00:15-02:30", logged) is None
    assert as_logged("2026-03-30", "00:30-02:30", logged) is None
    assert as_logged("2026-03-29", "120", logged) is None
    assert as_logged("someday", "00:30-02:30", logged) is None


def test_minutes_alone_are_never_kept_over_what_was_typed() -> None:
    logged = When(SPRING, None, None, 90)
    assert as_logged("2026-03-29", "90", logged) is None
