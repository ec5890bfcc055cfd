"""Tallies of occasions written with a slash: "slept 6/7 nights", "walked 5/7 mornings",
"answered 8/10 questions", "completed 9/12 sessions".

A count out of a whole, the count no more than the whole, before a plural noun of
occasions (nights, days, sessions, questions) says how many of them went a way: the noun
is what is counted, and no date is followed by one ("on 6/7 she phoned" has none). A
dating word before it ("on", "dated", "until") still makes it a date.
"""

from __future__ import annotations

import re

_TALLY = re.compile(r"(\d{1,2})/(\d{1,2})")
_OCCASIONS = re.compile(
    r"[ \t]+(?:(?:school|work|week|good|bad|dry|sober|calm)[ \t-]+)?"
    r"(?:nights|days|mornings|evenings|afternoons|weekdays|weekends|weeks|sessions|times"
    r"|questions|items|meals|shifts|lessons|classes|attempts|goals|tasks|steps|doses"
    r"|appointments|visits|walks|runs|sleeps|school\s+runs|bedtimes)\b",
    re.IGNORECASE,
)
_DATING_BEFORE = re.compile(r"(?i)\b(?:on|dated|until|till|since|from|by)\s+$")
_LOOK_BACK = 10


def is_tally(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ("6/7") counts occasions out of a whole."""
    parts = _TALLY.fullmatch(text, start, end)
    if parts is None or int(parts.group(1)) > int(parts.group(2)):
        return False
    if int(parts.group(2)) == 0 or _OCCASIONS.match(text, end) is None:
        return False
    return _DATING_BEFORE.search(text, max(0, start - _LOOK_BACK), start) is None
