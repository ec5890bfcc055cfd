"""Monday-to-Sunday weeks in a server's time zone, as UTC instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEK = timedelta(days=7)
# English month names, independent of the process locale.
MONTHS = (
    "January February March April May June July August September October November December"
).split()


# The years whose weeks a summary can be asked for: a summary looks back several weeks for its
# trend and ends a week after its Monday, so the calendar's first and last years are left out.
FIRST_YEAR, LAST_YEAR = 1900, 9998


def askable(monday: date) -> bool:
    """Whether a summary of the week starting on `monday` can be made (see FIRST_YEAR)."""
    return FIRST_YEAR <= monday.year <= LAST_YEAR


def monday_of(day: date) -> date:
    """The Monday on or before `day`."""
    return day - timedelta(days=day.weekday())


def local_midnight_utc(day: date, tz: ZoneInfo) -> datetime:
    """The UTC instant at which `day` starts in `tz`.

    Where midnight falls in a DST gap, the day starts when the clocks jump (fold=0 keeps the
    offset from before the change); where it occurs twice, at its first occurrence.
    """
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def week_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Start (inclusive) and end (exclusive), in UTC, of the week holding `day` in `tz`.

    A week that spans a DST change lasts 167 or 169 hours.
    """
    start = monday_of(day)
    return local_midnight_utc(start, tz), local_midnight_utc(start + WEEK, tz)


def week_of(moment: datetime, tz: ZoneInfo) -> date:
    """The Monday of the week, in `tz`, that holds the aware instant `moment`."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("moment must be timezone-aware")
    return monday_of(moment.astimezone(tz).date())


def previous_week(day: date) -> date:
    """The Monday of the week before the one holding `day`."""
    return monday_of(day) - WEEK


def day_index(moment: datetime, tz: ZoneInfo) -> int:
    """0 for Monday … 6 for Sunday, in `tz`."""
    return moment.astimezone(tz).weekday()
