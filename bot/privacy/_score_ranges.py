"""Scores given as a range out of ten or five: "rated it 3-5/10", "mood 6-7/10".

The numeric date pattern reads "3-5/10" as month, day and year with mixed separators. A
written date keeps one separator; two numbers joined by a hyphen, rising, and no more than
a whole of 10 or 5 after the slash are a range of scores, unless a dating word stands
before them ("on 3-5/10").
"""

from __future__ import annotations

import re

_RANGE = re.compile(r"(\d{1,2})-(\d{1,2})/(10|5)")
_DATING = re.compile(r"(?i)\b(?:on|dated|until|till|since|from|by|dob|born)\W{0,3}$")
_REACH = 12


def score_range(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, read as a date, is a range of scores."""
    m = _RANGE.fullmatch(text, start, end)
    if m is None:
        return False
    low, high, whole = (int(g) for g in m.groups())
    if not low < high <= whole:
        return False
    return _DATING.search(text, max(0, start - _REACH), start) is None
