"""An age over 89 said with the birthday to come, set off as an aside or opening a sentence.

"Our oldest member, ninety-three in June, led the round", "Ninety-seven next week, she
said ...", "[name], 96 come December, still drives": a number followed by the time until
the person reaches it, and then a comma, bracket or sentence end, is an age whatever noun
stands before it. A count has no birthday ("ninety minutes in June", "scored 92 in the
test in March": no comma closes the number and its time, or no time follows it at once).
"""

from __future__ import annotations

import re

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_SEASONS = r"(?:spring|summer|autumn|fall|winter)"
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_TIME_TO_COME = re.compile(
    r"\s+(?:"
    rf"next\s+(?:week|month|year|{_SEASONS}|{_WEEKDAYS}|{_MONTHS})"
    rf"|this\s+(?:year|month|week|{_SEASONS}|{_MONTHS})"
    rf"|come\s+(?:{_MONTHS}|{_SEASONS}|{_WEEKDAYS})"
    rf"|in\s+(?:{_MONTHS}|(?:a|one|two|three|a\s+few)\s+(?:weeks?|months?|fortnight|days?)"
    rf"|the\s+(?:{_SEASONS}|new\s+year))"
    rf"|on\s+{_WEEKDAYS}|tomorrow|soon"
    r")\b\s*(?:[,;)—–]|[.!?](?:\s|$)|\s[-–—]\s|$)",
    re.IGNORECASE,
)
# an aside's comma, an opening bracket, or the start of a sentence before the number
_OPENS = re.compile(r"(?:^|[,(]|[.!?:]\s|\n)\s*$")
_REACH = 4


def coming_age(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is an age said with the birthday to come."""
    if not _OPENS.search(text, max(0, start - _REACH), start):
        return False
    return _TIME_TO_COME.match(text, end) is not None
