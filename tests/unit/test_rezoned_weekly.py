"""A weekly reminder moved to a server's new time zone: the same day and local time there,
and never the same week's twice."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.schedule import rezoned_weekly

NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_not_yet_given_this_week_comes_at_the_new_zones_time() -> None:
    # Thursday 09:00 in London (09:00 UTC) still to come at 08:00 UTC: 09:00 in New York
    assert rezoned_weekly(at("2026-01-01T08:00"), at("2026-01-01T09:00"), 3, "09:00", NEW_YORK) == (
        at("2026-01-01T14:00")
    )


def test_given_this_week_in_the_old_zone_is_not_given_again_the_same_week() -> None:
    # London's was given at 09:00 UTC; New York's Thursday 09:00 (14:00 UTC) is next week's
    assert rezoned_weekly(at("2026-01-01T10:00"), at("2026-01-08T09:00"), 3, "09:00", NEW_YORK) == (
        at("2026-01-08T14:00")
    )


def test_a_zone_ahead_whose_time_has_passed_gives_this_weeks_at_once() -> None:
    # Thursday 09:00 in Auckland was Wednesday 20:00 UTC: passed, so this week's comes now
    now = at("2026-01-01T08:00")
    assert rezoned_weekly(now, at("2026-01-01T09:00"), 3, "09:00", AUCKLAND) == now


def test_given_this_week_in_a_zone_behind_the_next_is_next_weeks() -> None:
    # New York's was given at 14:00 UTC; Auckland's Thursday 09:00 comes next Wednesday 20:00
    now = at("2026-01-01T15:00")
    assert rezoned_weekly(now, at("2026-01-08T14:00"), 3, "09:00", AUCKLAND) == (
        at("2026-01-07T20:00")
    )
