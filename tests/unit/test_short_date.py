"""An entry's day as the member lives it: the moment is stored in UTC, the day named in her
zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from cogs._render import short_date

MIDNIGHT_UTC = datetime(2026, 1, 1, tzinfo=UTC)


def test_the_day_is_hers_west_and_east_of_utc() -> None:
    assert short_date(MIDNIGHT_UTC, ZoneInfo("America/New_York")) == "31 Dec 2025"
    assert short_date(MIDNIGHT_UTC, ZoneInfo("Asia/Tokyo")) == "1 Jan 2026"


def test_without_a_zone_it_is_utcs_day() -> None:
    assert short_date(MIDNIGHT_UTC) == "1 Jan 2026"
    assert short_date(MIDNIGHT_UTC, ZoneInfo("UTC")) == "1 Jan 2026"
