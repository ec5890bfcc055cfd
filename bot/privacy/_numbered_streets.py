"""Streets and roads named by a number, in any case: "54th st", "S 24th St", "17 ave se",
"on route 9", "off highway 7", "on i-10 east".

A number before a street word counts nothing: an ordinal before "st", "street", "ave" or
"road" is the street's own name, and a number before a street word and a quadrant ("17 ave
se", Calgary and Washington style) is one street. Road numbers ("route 9", "hwy 7", "rd 19",
"i-10") name a road only after a word that says where ("on", "off", "along"), so "route 58
matatu" or "on the road 2 hours" stay. Places in a race ("2nd place") and grades ("4th
grade") have no street word.
"""

from __future__ import annotations

import re

from ._digits import has_digit
from ._word_classes import Candidate

_STREET = r"(?:st|street|ave|avenue|av|rd|road|blvd|boulevard|dr|drive|ter|terrace|ln|lane|pkwy)"
_QUADRANT = r"(?:ne|nw|se|sw|n|s|e|w)"
_ORDINAL_STREET = re.compile(
    rf"(?i)(?<![\w/-])(?:[nsew]\.?\s)?\d{{1,3}}(?:st|nd|rd|th)\s{_STREET}\b"
    rf"(?:\s{_QUADRANT}\b(?![/'’]))?"
)
_QUADRANT_STREET = re.compile(
    r"(?i)(?<![\w/.,-])\d{1,3}\s(?:st|street|ave|avenue|av)\s(?:ne|nw|se|sw)\b"
)
_ROAD_NUMBER = re.compile(
    r"(?i)\b(?:on|off|along|onto|near|past|by|down|up|at)\s"
    r"((?:route|rte|highway|hwy|rd|interstate)\s?\d{1,4}[a-z]?\b(?!\s?(?:hours?|hrs?|mins?|days?))"
    r"|i-\d{1,3}\b(?:\s(?:east|west|north|south)(?:bound)?\b)?)"
)
# the words one of the three shapes holds: texts with none of them are not scanned
TRIGGERS = frozenset(
    "st street ave avenue av rd road blvd boulevard dr drive ter terrace ln lane pkwy route rte "
    "highway hwy interstate i".split()
)


def numbered_streets(text: str) -> list[Candidate]:
    """Streets and roads named by a number (see the module's docstring)."""
    if not has_digit(text):
        return []
    out: list[Candidate] = [(m.start(), m.end(), "place") for m in _ORDINAL_STREET.finditer(text)]
    out.extend((m.start(), m.end(), "place") for m in _QUADRANT_STREET.finditer(text))
    out.extend((m.start(1), m.end(1), "place") for m in _ROAD_NUMBER.finditer(text))
    return out
