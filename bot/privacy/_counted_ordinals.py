"""Ordinals listed before what they count are no dates: "the 2nd and 3rd sessions", "the
1st, 2nd and 3rd weeks", "the 4th or 5th attempt". The first ordinal of such a list ("the
2nd") would read as a day of the month alone; the count noun after the last one says it
numbers sessions, weeks or attempts."""

from __future__ import annotations

import re


def counted_after(counter_nouns: str) -> re.Pattern[str]:
    """What follows an ordinal that begins a list of ordinals ending in a count noun, or a
    plural of one of ``counter_nouns`` (a regex alternation)."""
    return re.compile(
        r"(?:\s*(?:,|,?\s+(?:and|or|to|&|n)|-|–)\s*\d{1,2}(?:st|nd|rd|th))+"
        rf"\s+(?:{counter_nouns})s?\b",
        re.IGNORECASE,
    )
