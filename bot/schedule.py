"""Weekly times in a local time zone: parsing, validation and the next occurrence (DST-safe)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.inert import as_shown, narrowed, without_full_stop

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TIME = re.compile(r"^\s*([01]?[0-9]|2[0-3])[:.h]?([0-5][0-9])\s*$")


def parse_time(text: str) -> str | None:
    """'9:00', '09.00', '0900' → '09:00'; anything else → None. Read as it shows on screen:
    typed full-width ("０９：００", as an East Asian keyboard does) or in another script's
    decimal digits, it is the same time; superscripts ("⁰⁹") are none. A full stop after it,
    as a sentence ends ("18:00.", "18.00."), is no part of it."""
    match = _TIME.match(without_full_stop(narrowed(as_shown(text))))
    return f"{int(match[1]):02d}:{match[2]}" if match else None


# "9am", "9 a.m.", "9:30pm", "12.15 PM": a 12-hour time, which the weekly settings do not read
_TWELVE_HOUR = re.compile(
    r"^(1[0-2]|0?[1-9])(?:[:.]([0-5][0-9]))?\s*([ap])\.?\s*m\.?$", re.IGNORECASE
)


def as_24_hour(text: str) -> str | None:
    """The 24-hour time ('09:00', '21:30') a 12-hour one names ('9am', '9:30 p.m.'), to say
    what to type instead; None for anything else. Read as `parse_time` reads."""
    match = _TWELVE_HOUR.match(without_full_stop(narrowed(as_shown(text))))
    if match is None:
        return None
    hour = int(match[1]) % 12 + (12 if match[3].lower() == "p" else 0)
    return f"{hour:02d}:{match[2] or '00'}"


@cache
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))


def valid_timezone(text: str) -> str | None:
    """The canonical name of an IANA zone typed in any case, or None."""
    wanted = text.strip().replace(" ", "_").lower()
    for name in zone_names():
        if name.lower() == wanted:
            try:
                ZoneInfo(name)
            except ZoneInfoNotFoundError:
                return None
            return name
    return None


def local_at(day: date, hhmm: str, zone: ZoneInfo) -> datetime:
    """That local wall-clock time as an aware UTC instant (a skipped time moves forward)."""
    hour, minute = map(int, hhmm.split(":"))
    naive = datetime.combine(day, time(hour, minute))
    local = naive.replace(tzinfo=zone)
    # Round-trip through UTC: a wall time that does not exist (spring forward) normalises.
    return local.astimezone(UTC)


def week_monday(moment: datetime, zone: ZoneInfo) -> date:
    local = moment.astimezone(zone).date()
    return local - timedelta(days=local.weekday())


def next_weekly(after: datetime, weekday: int, hhmm: str, zone: ZoneInfo) -> datetime:
    """The first instant strictly after `after` that is `weekday` at `hhmm` local time."""
    local_day = after.astimezone(zone).date()
    for offset in range(0, 8):
        day = local_day + timedelta(days=offset)
        if day.weekday() != weekday:
            continue
        candidate = local_at(day, hhmm, zone)
        if candidate > after:
            return candidate
    return local_at(local_day + timedelta(days=14 - local_day.weekday() + weekday - 7), hhmm, zone)


def last_weekly(at: datetime, weekday: int, hhmm: str, zone: ZoneInfo) -> datetime:
    """The latest instant at or before `at` that is `weekday` at `hhmm` local time."""
    local_day = at.astimezone(zone).date()
    for offset in range(0, 15):
        day = local_day - timedelta(days=offset)
        if day.weekday() == weekday and (candidate := local_at(day, hhmm, zone)) <= at:
            return candidate
    raise ValueError("no occurrence in the last two weeks")  # unreachable for valid input


def on_schedule(due: datetime, weekday: int, hhmm: str, zone: ZoneInfo) -> bool:
    """Whether `due` is one of the weekly occurrences themselves (`weekday` at `hhmm` in
    `zone`): False for a reminder in flight, held while it is sent or set to be tried again a
    few minutes after its occurrence (or moved to a new zone at once, its occurrence there
    passed): that week's is being given, the next is the week after."""
    return last_weekly(due, weekday, hhmm, zone) == due


def rezoned_weekly(
    now: datetime, due: datetime, weekday: int, hhmm: str, zone: ZoneInfo
) -> datetime:
    """When a weekly occurrence next due at `due` comes once its zone becomes `zone`: that
    week's occurrence there (the same day and local time, within half a week of `due`), so a
    week's is never given twice nor skipped; at once (`now`) if that moment has passed."""
    return max(now, next_weekly(due - timedelta(days=3, hours=12), weekday, hhmm, zone))


def jumped_over(
    now: datetime, weekday: int, hhmm: str, old: ZoneInfo, new: ZoneInfo, within: timedelta
) -> datetime | None:
    """When a weekly time moves from zone `old` to `new` at `now`: this week's moment in `new`
    if it has passed there (no longer ago than `within`) while it was still to come in `old`
    (Mondays 09:00, moved at 08:00 New York time to London's), else None."""
    coming = next_weekly(now, weekday, hhmm, old)
    passed = last_weekly(now, weekday, hhmm, new)
    if week_monday(passed, new) == week_monday(coming, old) and now - passed <= within:
        return passed
    return None
