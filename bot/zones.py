"""Time zones as people type them: IANA names, city names, common abbreviations, UTC offsets.

Every answer is an IANA zone name, because that is what is stored and what `ZoneInfo` reads.
When the text was not already that name, the match says how it was read, so the reply can
tell the person which zone they got (an abbreviation such as CST means more than one place).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from bot.inert import as_read
from bot.schedule import valid_timezone, zone_names

# Abbreviations people type, each read as one representative zone that follows the same
# summer-time rules. Ambiguous ones (IST, CST, BST) take their most common meaning.
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "UTC": ("UTC", "Coordinated Universal Time"),
    "GMT": ("UTC", "Greenwich Mean Time, no summer time"),
    "Z": ("UTC", "Coordinated Universal Time"),
    "WET": ("Europe/Lisbon", "Western European Time, with summer time"),
    "WEST": ("Europe/Lisbon", "Western European Time, with summer time"),
    "BST": ("Europe/London", "UK time, with summer time"),
    "CET": ("Europe/Berlin", "Central European Time, with summer time"),
    "CEST": ("Europe/Berlin", "Central European Time, with summer time"),
    "MET": ("Europe/Berlin", "Central European Time, with summer time"),
    "EET": ("Europe/Athens", "Eastern European Time, with summer time"),
    "EEST": ("Europe/Athens", "Eastern European Time, with summer time"),
    "MSK": ("Europe/Moscow", "Moscow Time"),
    "SAST": ("Africa/Johannesburg", "South Africa Standard Time"),
    "IST": ("Asia/Kolkata", "India Standard Time"),
    "PKT": ("Asia/Karachi", "Pakistan Standard Time"),
    "SGT": ("Asia/Singapore", "Singapore Time"),
    "HKT": ("Asia/Hong_Kong", "Hong Kong Time"),
    "JST": ("Asia/Tokyo", "Japan Standard Time"),
    "KST": ("Asia/Seoul", "Korea Standard Time"),
    "AWST": ("Australia/Perth", "Australian Western Time"),
    "ACST": ("Australia/Adelaide", "Australian Central Time, with summer time"),
    "ACDT": ("Australia/Adelaide", "Australian Central Time, with summer time"),
    "AEST": ("Australia/Sydney", "Australian Eastern Time, with summer time"),
    "AEDT": ("Australia/Sydney", "Australian Eastern Time, with summer time"),
    "NZST": ("Pacific/Auckland", "New Zealand Time, with summer time"),
    "NZDT": ("Pacific/Auckland", "New Zealand Time, with summer time"),
    "NST": ("America/St_Johns", "Newfoundland Time, with summer time"),
    "AST": ("America/Halifax", "Atlantic Time, with summer time"),
    "ADT": ("America/Halifax", "Atlantic Time, with summer time"),
    "ET": ("America/New_York", "US Eastern Time, with summer time"),
    "EST": ("America/New_York", "US Eastern Time, with summer time"),
    "EDT": ("America/New_York", "US Eastern Time, with summer time"),
    "CT": ("America/Chicago", "US Central Time, with summer time"),
    "CST": ("America/Chicago", "US Central Time, with summer time"),
    "CDT": ("America/Chicago", "US Central Time, with summer time"),
    "MT": ("America/Denver", "US Mountain Time, with summer time"),
    "MST": ("America/Denver", "US Mountain Time, with summer time"),
    "MDT": ("America/Denver", "US Mountain Time, with summer time"),
    "PT": ("America/Los_Angeles", "US Pacific Time, with summer time"),
    "PST": ("America/Los_Angeles", "US Pacific Time, with summer time"),
    "PDT": ("America/Los_Angeles", "US Pacific Time, with summer time"),
    "AKST": ("America/Anchorage", "Alaska Time, with summer time"),
    "HST": ("Pacific/Honolulu", "Hawaii Time"),
    "BRT": ("America/Sao_Paulo", "Brasília Time"),
}

# Offsets that are not whole hours have no Etc/ zone: a zone that keeps that offset all year.
_PART_HOUR_OFFSETS = {
    (-9, 30): "Pacific/Marquesas",
    (3, 30): "Asia/Tehran",
    (4, 30): "Asia/Kabul",
    (5, 30): "Asia/Kolkata",
    (5, 45): "Asia/Kathmandu",
    (6, 30): "Asia/Yangon",
    (9, 30): "Australia/Darwin",
}

_OFFSET = re.compile(
    r"^(?:utc|gmt)?\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?:(?::|\.|h)?(?P<minutes>\d{2}))?$"
)


@dataclass(frozen=True)
class ZoneMatch:
    """An IANA zone, and how the typed text was read when it was not that name."""

    name: str
    note: str | None = None


@cache
def _cities() -> dict[str, str]:
    """The city part of every zone name ("new york" → America/New_York); first one wins."""
    cities: dict[str, str] = {}
    for name in zone_names():
        if name.startswith("Etc/") or "/" not in name:
            continue
        city = name.rsplit("/", 1)[1].replace("_", " ").lower()
        # Prefer the canonical continents over legacy aliases such as US/ or Canada/.
        if city not in cities or cities[city].split("/")[0] in ("US", "Canada", "Mexico"):
            cities[city] = name
    return cities


def _offset(text: str) -> ZoneMatch | None:
    match = _OFFSET.match(text.replace(" ", ""))
    if match is None:
        return None
    sign = -1 if match["sign"] in "-−" else 1
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if hours > 14 or minutes >= 60:
        return None
    label = f"UTC{'+' if sign > 0 else '-'}{hours:02d}:{minutes:02d}"
    if minutes == 0:
        if hours == 0:
            return ZoneMatch("UTC", f"{text.strip()} read as UTC")
        # The Etc/ names count the other way: Etc/GMT-2 is two hours ahead of UTC.
        name = f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"
        return ZoneMatch(name, f"{text.strip()} read as {label} all year ({name}, no summer time)")
    zone = _PART_HOUR_OFFSETS.get((sign * hours, minutes))
    if zone is None:
        return None
    return ZoneMatch(zone, f"{text.strip()} read as {zone} ({label})")


def resolve_zone(text: str) -> ZoneMatch | None:
    """Read a time zone typed by a person, or None when it is none of the accepted forms."""
    cleaned = as_read(text)
    if not cleaned or len(cleaned) > 64:
        return None
    exact = valid_timezone(cleaned)
    if exact is not None:
        return ZoneMatch(exact)
    abbreviation = ABBREVIATIONS.get(cleaned.upper())
    if abbreviation is not None:
        name, meaning = abbreviation
        return ZoneMatch(name, f"{cleaned.upper()} read as {name} ({meaning})")
    offset = _offset(cleaned.lower())
    if offset is not None:
        return offset
    plain = unicodedata.normalize("NFKD", cleaned)
    plain = "".join(c for c in plain if not unicodedata.combining(c))  # São → Sao
    city = _cities().get(plain.replace("_", " ").lower())
    if city is not None:
        return ZoneMatch(city, f"{cleaned} read as {city}")
    return None


def default_zone(saved: str | None, server: str | None) -> ZoneMatch:
    """The zone for a command given none: the user's own earlier choice, then the server's."""
    if saved is not None:
        return ZoneMatch(saved, f"{saved}, kept from your reminder (give `timezone` to change it)")
    if server is not None and server != "UTC":
        return ZoneMatch(server, f"{server}, this server's (give `timezone` for your own)")
    return ZoneMatch("UTC", "UTC (give `timezone` for your own, such as London or UTC+2)")


FOLLOWS = "if an admin changes it, your reminder follows"


def reminder_zone(
    saved: str | None, followed: int | None, guild_id: int | None, server: str | None
) -> tuple[ZoneMatch, int | None]:
    """The zone for /remind given none, and the server it follows (None: hers to keep). Her
    earlier reminder's zone when she chose it (`saved`, following nothing); else the server's
    where she is (`server`, None when it has none), which the reminder follows; in a DM, the
    server her earlier reminder follows (`followed`, whose zone is `saved`); else UTC."""
    if saved is not None and followed is None:
        return default_zone(saved, None), None
    if guild_id is not None:
        if server is None or server == "UTC":  # UTC is also the zone of a server not set up
            note = (
                "UTC (give `timezone` for your own, such as London or UTC+2), this server's "
                f"time zone: {FOLLOWS}"
            )
            return ZoneMatch("UTC", note), guild_id
        return ZoneMatch(
            server, f"{server}, this server's time zone: {FOLLOWS} (give `timezone` for your own)"
        ), guild_id
    if saved is not None and followed is not None:
        note = (
            f"{saved}, the time zone of the server you set it in: {FOLLOWS} (give `timezone` "
            "for your own)"
        )
        return ZoneMatch(saved, note), followed
    return default_zone(None, None), None
