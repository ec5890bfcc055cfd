"""A day written as an ordinal and joined to a date before it: "on the 14th and 16th",
"March 3rd & 5th", "[date] and 16th" (a second pass sees the first date as a placeholder).

The second day is a date as well, unless a counted noun follows it ("the 2nd and 3rd
sessions", "1st and 2nd place"): then both are counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april"
    r"|june|july|august|september|october|november|december)\.?"
)
_JOINED = re.compile(
    rf"(?i)(?:\[date\]|\b(?:on\s+(?:the\s+)?|{_MONTH}\s+){_ORDINAL}\b)"
    rf"\s*,?\s*(?:and|&|or|to|til|till|until|-|–)\s*(?:the\s+)?(?P<day>{_ORDINAL})\b"
)
_ORDINAL_HINT = re.compile(r"(?i)\d(?:st|nd|rd|th)")
_COUNTED_AFTER = re.compile(
    r"(?i)\s+(?:sessions?|session's|place|places|grade|graders|graders'|floors?|times?|years?"
    r"|rounds?|weeks?|days?|birthdays?|attempts?|tries|try|child|children|kids?|sons?"
    r"|daughters?|trimesters?|terms?|semesters?|periods?|shifts?|steps?|stages?|levels?"
    r"|editions?|cousins?|generations?|classes|class|chapters?|questions?|items?|goals?)\b"
)


def joined_days(text: str) -> Iterator[Candidate]:
    """Second days joined to a date by "and", "&", "or", "to" or a dash."""
    if not _ORDINAL_HINT.search(text):  # the second day is an ordinal: none, nothing to find
        return
    for m in _JOINED.finditer(text):
        if not _COUNTED_AFTER.match(text, m.end("day")):
            yield m.start("day"), m.end("day"), "date"
