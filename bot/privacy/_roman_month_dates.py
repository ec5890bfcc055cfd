"""Dates with the month in Roman numerals, as Polish, Czech, Romanian, Hungarian, Russian and
Ukrainian writers often put them: "3.IV.2024", "03.IV.", "14 IV 2024", "12-XI-1931",
"14/IV/2024".

"IV" is also an intravenous line ("2 IV bags"), and Roman numerals number chapters and grades
("Chapter IV", "grade XI", "section 3.IV."), so a bare "14 IV" is no date: a dotted month
needs its closing dot or a year, a month set off by spaces, hyphens or slashes needs a year, and
a number after a word that numbers parts is no day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_YEAR = r"(?:1[89]|20)?\d\d"
_ROMAN_MONTH_DATE = re.compile(
    rf"(?<![\w./-]){_DAY}"
    rf"(?:\.\s?{_MONTH}\.(?:\s?{_YEAR}(?![\w/-]|[.,]\d))?"  # "3.IV.", "3.IV.2024", "3. IV. 2024"
    rf"|(?P<sep>[ /-]){_MONTH}(?P=sep){_YEAR}(?![\w/.-]\w))"  # "14 IV 2024", "12-XI-1931"
    r"(?![\w/-])"
)
_NUMBERED_PART = re.compile(
    r"(?i)\b(?:section|sections|part|parts|chapter|chapters|grade|class|level|stage|phase|step"
    r"|unit|item|point|page|pages|pp?|art|article|para|paragraph|no|nr|§)\.?\s*$"
)
_PART_REACH = 12
# a digit, then (after a separator) a capital I, V or X: what every such date holds
_DIGIT_THEN_NUMERAL = re.compile(r"\d[. /-]{1,2}[IVX]")


def roman_month_dates(text: str) -> Iterator[Candidate]:
    if not _DIGIT_THEN_NUMERAL.search(text):
        return
    for m in _ROMAN_MONTH_DATE.finditer(text):
        if _NUMBERED_PART.search(text, max(0, m.start() - _PART_REACH), m.start()):
            continue
        yield m.start(), m.end(), "date"
