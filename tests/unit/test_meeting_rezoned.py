"""A meeting's next end when the server's zone changes, and after a meeting prompted for in
a zone changed since: one prompt a week, none skipped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.hours.meeting import MeetingPlan
from bot.hours.model import Format

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
# Thursdays 08:00-09:00.
PLAN = MeetingPlan(1, 3, "08:00", 60, Format.VIDEO)


def _utc(day: int, hour: int) -> datetime:
    return datetime(2026, 1, day, hour, tzinfo=UTC)


def test_a_move_after_that_weeks_meeting_keeps_the_next_week() -> None:
    # Prompted at 09:00 London on the 1st; the next was the 8th at 09:00 London.
    assert PLAN.rezoned_end(_utc(8, 9), NEW_YORK) == _utc(8, 14)


def test_a_move_before_that_weeks_meeting_keeps_that_week() -> None:
    assert PLAN.rezoned_end(_utc(1, 14), LONDON) == _utc(1, 9)  # passed at 10:00: at once
    assert PLAN.rezoned_end(_utc(1, 9), NEW_YORK) == _utc(1, 14)


def test_the_meeting_after_one_ended_in_another_zone_is_next_weeks() -> None:
    # Ended 09:00 UTC (London); the zone is New York by the time it is claimed.
    assert PLAN.end_after(_utc(1, 9), _utc(1, 9), NEW_YORK) == _utc(8, 14)
    assert PLAN.end_after(_utc(1, 14), _utc(1, 14), LONDON) == _utc(8, 9)


def test_the_meeting_after_one_missed_for_weeks_is_the_first_to_come() -> None:
    now = _utc(1, 9) + timedelta(days=20)  # Wednesday the 21st
    assert PLAN.end_after(_utc(1, 9), now, LONDON) == _utc(22, 9)
