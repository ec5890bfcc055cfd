"""Report periods: a CPD year that starts in a personal month, or any span of dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.inert import as_read, as_typed


@dataclass(frozen=True)
class Period:
    """Inclusive first and last day."""

    first: date
    last: date

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last

    @property
    def label(self) -> str:
        return f"{self.first.isoformat()} to {self.last.isoformat()}"

    @property
    def slug(self) -> str:
        # not strftime: its %Y leaves a year before 1000 unpadded on some platforms
        return "-".join(d.isoformat().replace("-", "") for d in (self.first, self.last))


def cpd_year(year: int, start_month: int) -> Period:
    """The CPD year that begins on the first of `start_month` in `year`."""
    first = date(year, start_month, 1)
    nxt = date(year + 1, start_month, 1)
    return Period(first, nxt - timedelta(days=1))


def cpd_year_of(day: date, start_month: int) -> Period:
    """The CPD year that holds `day`."""
    year = day.year if day.month >= start_month else day.year - 1
    return cpd_year(year, start_month)


class PeriodError(ValueError):
    pass


# narrowed text: an en dash between the dates reads as "-", a full-width tilde as "~"; the
# wave dash or tilde is how a Japanese or Chinese page writes a range ("2025-07-01〜2026-06-30")
_RANGE = re.compile(
    r"^(\d{4}-\d{1,2}-\d{1,2})\s*(?:\.\.|to|-|—|~|\u301c)\s*(\d{4}-\d{1,2}-\d{1,2})$"
)
PERIOD_HINT = (
    "Write a CPD year's first year (2025), “this year”, “last year”, "
    "or two dates: 2025-07-01 to 2026-06-30."
)


def _day(text: str) -> date:
    y, m, d = (int(p) for p in text.split("-"))
    return date(y, m, d)


def parse_period(text: str, today: date, start_month: int) -> Period:
    """'' / 'this year' / 'last year' / '2025' (a CPD year) / 'A to B' (dates); read as it
    shows on screen, full-width ("２０２５－０７－０１ ｔｏ …") or in another script's digits."""
    cleaned = as_read(text).lower()
    current = cpd_year_of(today, start_month)
    if cleaned in ("", "this", "this year", "current"):
        return current
    if cleaned in ("last", "last year", "previous"):
        return cpd_year(current.first.year - 1, start_month)
    if cleaned.isdecimal() and len(cleaned) == 4:  # isdigit() takes "²", int() not
        try:
            return cpd_year(int(cleaned), start_month)
        except ValueError:  # year 0, or a CPD year running into year 10000
            raise PeriodError(f"{cleaned} is outside the calendar. {PERIOD_HINT}") from None
    if match := _RANGE.match(cleaned):
        try:
            first, last = _day(match[1]), _day(match[2])
        except ValueError:
            raise PeriodError(f"One of those dates is not in the calendar. {PERIOD_HINT}") from None
        if last < first:
            raise PeriodError("The period ends before it starts.")
        return Period(first, last)
    raise PeriodError(f"I couldn't read the period “{as_typed(text.strip()[:40])}”. {PERIOD_HINT}")
