"""The hours form's date and time for a meeting, also on the nights the clocks change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.hours.meeting import MeetingPlan
from bot.hours.model import Format, parse_when

LONDON = ZoneInfo("Europe/London")


def _when(start_utc: datetime, minutes: int) -> str:
    plan = MeetingPlan(1, 6, "01:30", minutes, Format.VIDEO)
    return plan.when_text(start_utc + timedelta(minutes=minutes), LONDON)


def test_an_ordinary_meeting_gives_its_start_and_end() -> None:
    text = _when(datetime(2026, 10, 18, 0, 30, tzinfo=UTC), 60)  # 01:30 BST
    assert text == "2026-10-18 01:30-02:30"
    assert parse_when(*text.split(" ", 1)).minutes == 60


def test_a_meeting_across_the_clocks_going_back_gives_its_minutes() -> None:
    # Sunday 25 October 2026: 01:30 BST, an hour later it is 01:30 GMT again.
    text = _when(datetime(2026, 10, 25, 0, 30, tzinfo=UTC), 60)
    assert text == "2026-10-25 60"
    assert parse_when(*text.split(" ", 1)).minutes == 60


def test_a_meeting_across_the_clocks_going_forward_gives_its_minutes() -> None:
    # Sunday 29 March 2026: 00:30 GMT, an hour later it is 02:30 BST.
    text = _when(datetime(2026, 3, 29, 0, 30, tzinfo=UTC), 60)
    assert text == "2026-03-29 60"
    assert parse_when(*text.split(" ", 1)).minutes == 60


def test_the_prompt_says_the_minutes_in_words_when_the_clocks_changed() -> None:
    plan = MeetingPlan(1, 6, "01:30", 60, Format.VIDEO)
    back = datetime(2026, 10, 25, 0, 30, tzinfo=UTC) + timedelta(minutes=60)
    ordinary = datetime(2026, 10, 18, 0, 30, tzinfo=UTC) + timedelta(minutes=60)
    assert plan.when_said(back, LONDON) == "2026-10-25, 60 minutes"
    assert plan.when_said(ordinary, LONDON) == "2026-10-18 01:30-02:30"
