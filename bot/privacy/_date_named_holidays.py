"""Holidays named by their date: "the Fourth of July family reunion", "Fifth of November",
"Cinco de Mayo", "le Quatorze Juillet".

A holiday that a whole country keeps on one day is often called by that day, written with
capitals as a name ("Fourth of July was a big trigger"). It names the holiday, as
"Independence Day" would, and identifies nobody. The day a person's own event fell on is
written as a date, in lower case or in figures ("sober since the fourth of July",
"on 4 July"), and stays a date: only the capitalised day word opens a holiday's name.
"""

from __future__ import annotations

import re

_HOLIDAY = re.compile(
    r"\b(?:Fourth\s+of\s+July|Fifth\s+of\s+November|Cinco\s+de\s+Mayo|Quatorze\s+Juillet"
    r"|Dieciocho|Sette\s+Giugno)\b"
    r"(?!,?\s+(?:19|20)\d\d\b)"  # in a given year it is a date
)
_HINTS = ("Fourth", "Fifth", "Cinco", "Quatorze", "Dieciocho", "Sette")


def date_named_holidays(text: str) -> list[tuple[int, int, str]]:
    """Where holidays named by their date stand, as stretches to leave alone."""
    if not any(h in text for h in _HINTS):
        return []
    return [(m.start(), m.end(), "") for m in _HOLIDAY.finditer(text)]
