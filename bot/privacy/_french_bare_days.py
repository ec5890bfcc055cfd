"""The French bare day "le 7" in a date context: "du 7 au 9", "le 7 au 9", and "le 7" or
"le 11" where a day before a French month is written in the same text ("le 3 mars ..., le 7
elle a appelé, le 11 ..."), or where such a date was removed already ("le [date] ..., le 7").
"le 7" alone stays: it may be anything counted ("le 7 est sorti").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er)?"
# each pattern opens with a look-ahead for the first letters of its words, so that the
# engine skips in C to where a match can start
_RANGE = re.compile(
    rf"(?i)(?=[del])\b(?:le|du|entre le)\s+({_DAY})\s+(?:au|et le|-)\s+({_DAY})(?![\w/.:,]\d)"
)
_BARE = re.compile(rf"(?i)(?=l)\ble\s+({_DAY})(?![\w/.:%°]|,\d|\s*(?:h|heures?|ans|fois|sur)\b)")
_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre"
)
_DATED = re.compile(rf"(?i)(?=l)\ble\s+(?:{_DAY}\s+(?:{_MONTHS})\b|\[date\])")


def french_bare_days(text: str) -> Iterator[Candidate]:
    """Bare days after "le" or "du" in the contexts above."""
    low = text.lower()
    if "le " not in low and "du " not in low:
        return
    for m in _RANGE.finditer(text):
        yield m.start(1), m.end(1), "date"
        yield m.start(2), m.end(2), "date"
    if _DATED.search(text):
        for m in _BARE.finditer(text):
            yield m.start(1), m.end(1), "date"
