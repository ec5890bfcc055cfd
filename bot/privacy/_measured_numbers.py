"""Scores, counts and measures that have the shape of a date: "Attendance 7/9", "average
8.7/10", "Scaling 6, next step 6.5.", "BACP hours: 1.5.", "Diary cards: 5/8 returned".

A practitioner's note reads a scale, a tally or a number of hours as often as a day: a
fraction of no more than its whole, or a number with one decimal, right after a word of
scoring, counting or measuring ("attendance", "average", "step", "hours", "rated") is that
reading, and so is a fraction right before a word of counting ("5/8 returned"; not
"attended" or "came", which a day takes as well: "10/11 attended late"). A number
with a decimal point over a whole ("8.7/10") is a score wherever it stands. A word that
dates ("on 6/10", "since 3.11", "due 1.5.") keeps it a date.
"""

from __future__ import annotations

import re

# the date candidate: "7/9", "8.7/10", "6.5.", "1.5"
_SHAPE = re.compile(r"(\d{1,3})(?:\.(\d))?/(\d{1,3})|(\d{1,2})\.(\d)\.?")
_CUE = re.compile(
    r"(?i)\b(?:attendance|attended|average|avg|mean|median|total|tally|score|scores|scored"
    r"|scoring|rated|rating|ratings|rate|scale|scaled|scaling|step|steps|mood|suds|hours|hrs"
    r"|hr|points|units|level|feedback|returned|completed|present)"
    r"(?:\s+(?:was|is|of|at|about|around|a|an|to|now|today))?\s*[:=]?\s*$"
)
_COUNT_AFTER = re.compile(
    r"\s+(?:returned|present|completed|done|submitted|responded|families|clients|parents"
    r"|participants|students)\b",
    re.IGNORECASE,
)
_DATING = re.compile(r"(?i)\b(?:on|since|until|till|by|due|dated|from|of|before|after)\s+$")
_REACH = 24


def measured_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a date candidate, is a score, tally or measure."""
    m = _SHAPE.fullmatch(text, start, end)
    if m is None:
        return False
    before = text[max(0, start - _REACH) : start]
    if _DATING.search(before):
        return False
    if m.group(3) is not None:
        if int(m.group(1)) > int(m.group(3)):
            return False
        if m.group(2) is not None and m.group(3) in ("5", "10", "100"):
            return True  # "8.7/10"
        return _CUE.search(before) is not None or _COUNT_AFTER.match(text, end) is not None
    return _CUE.search(before) is not None
