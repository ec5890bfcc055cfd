"""Days named by a feast with the year given, and days of the month after a dialect article.

"relapsed on Black Nazarene day 2025", "the anniversary is Diwali day 2023": a feast's day
in a given year is a date (as "Anzac Day 2024", which the date patterns read with a capital
"Day"): capitalised words with "day" or "eve" typed small and a year. Without the year the
feast stays ("On Christmas day she managed lunch").

"since di 3rd", "from de 2nd", "pon di 21st": in Caribbean and West African creoles "di"
and "de" are "the", and "the 3rd" after a word of time is a day of the month; the article
stays, as "on the [date]" does. "him a di 3rd pickney" (the third child) has no word of
time before it, and a counted noun after the ordinal keeps it.
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_STOP = r"(?:On|In|At|By|Since|From|Until|Till|The|Last|This|Next|Before|After|For|During|Over)"
_FEAST_YEAR = re.compile(
    rf"(?=[A-Z])\b(?!{_STOP}\s)(?:[A-Z][\w'’-]*\s+){{1,3}}(?:day|eve)\s*,?\s+(?:19|20)\d\d\b"
)
_ARTICLE_DAY = re.compile(
    r"(?i)\b(?:since|from|frum|fram|pon|on|till|til|until|by|before|after)\s+"
    r"(?:di|de|da|dah)\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
    r"(?!\s+(?:time|times|pickney|child|pikni|baby|one|place|year|grade|form|floor|round"
    r"|session|week|day|month|attempt|try|go)\b|-)"
)


def dated_feasts(text: str) -> list[Candidate]:
    """Feast days with a year and creole days of the month (see the module)."""
    out: list[Candidate] = []
    if "day " in text or "eve " in text:
        out.extend((m.start(), m.end(), "date") for m in _FEAST_YEAR.finditer(text))
    if " d" in text:
        out.extend((m.start("day"), m.end("day"), "date") for m in _ARTICLE_DAY.finditer(text))
    return out
