"""Dates as chat writes them short: a day run into a month ("3june", "14feb", "june3rd"),
joined by a hyphen ("14-feb", "14-Feb-2024", "feb-14"), a month abbreviation with a spelled
ordinal ("feb fourteenth", "fourteenth of feb"), a short lower-case weekday before an ordinal
("tues 3rd"), and a holiday in a given year typed in lower case ("xmas eve 2023").

Each is built from the closed vocabularies of days, months, ordinals and weekdays. "sat",
"sun" and "wed" are words too ("sat 3rd in the race"), so only the other short weekdays
count in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ._cued_day_months import ORDINAL_WORD

Candidate = tuple[int, int, str]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_YEAR = r"(?:[-/.](?:19|20)?\d\d|\s(?:19|20)\d\d)?"
# "3june", "14-feb", "14-Feb-2024", "june3rd", "feb-14": no space between day and month
_DAY_FIRST = re.compile(rf"(?i)(?=\d)(?<![\w./-]){_DAY}-?{_MONTH}{_YEAR}(?![\w/]|[.,:-]\d|-[a-z])")
# month first, looked for from the day back (a digit after a letter is rare, a letter not)
_LETTER_THEN_DIGIT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d))")
_MONTH_BEFORE = re.compile(rf"(?i)(?<![\w./-]){_MONTH}-?$")
_DAY_AFTER_MONTH = re.compile(rf"(?i){_DAY}{_YEAR}(?![\w/]|[.,:-]\d|-[a-z])")
_MONTH_REACH = 10
# what a day run into a month holds: a digit, an ordinal ending or not, a month's initial
_DAY_THEN_MONTH = re.compile(r"\d(?:st|nd|rd|th)?-?[JFMASONDjfmasond]")
# "feb fourteenth", "fourteenth of feb", "the 3rd of sept": full month names are read by
# the other rules
_SPELLED_ORDINAL = re.compile(rf"(?i)\b{ORDINAL_WORD}\b")
# a month abbreviation as a word, in lower-cased text ("feb", "sept."), around which a
# spelled ordinal is looked for (the ordinal pattern is slow over a whole text)
# (written to start on the abbreviation's letters, and to look back for a letter after them)
_ABBR_WORD = re.compile(r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?<![a-z]...)t?(?![a-z])")
_ABBR_WINDOW = 40
_ABBR_BEFORE = re.compile(rf"(?i)\b{_MONTH_ABBR}\s+(?:the\s+)?$")
_OF_ABBR_AFTER = re.compile(rf"(?i)\s+of\s+{_MONTH_ABBR}(?![\w-])")
_ABBR_REACH = 12
# "tues 3rd", "thurs the 14th": a short weekday typed in lower case before an ordinal
_WEEKDAY_ORDINAL = re.compile(
    r"(?<![\w.])(?:mon|tue|tues|weds|thu|thur|thurs|fri)\.?\s+(?:the\s+)?"
    r"(?P<date>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
)
_HOLIDAY_YEAR = re.compile(
    r"(?i)(?<![\w.])(?:(?:christmas|xmas|new\s+year['’]?s|easter|thanksgiving|halloween)"
    r"(?:\s+(?:day|eve))?|(?:boxing|valentine['’]?s|mother['’]?s|father['’]?s|anzac|canada"
    r"|australia)\s+day),?\s+(?:19|20)\d\d\b"
)
_MONTH_HINTS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# what a spelled ordinal holds
_ORDINAL_HINTS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth teenth "
    "twentieth thirtieth"
).split()
_HOLIDAY_HINTS = (
    "christmas xmas year easter thanksgiving halloween boxing valentine mother father anzac "
    "canada australia"
).split()
_YEAR4 = re.compile(r"(?:19|20)\d\d")
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)\b")
_SHORT_WEEKDAYS = ("mon", "tue", "thu", "fri", "weds")


def _any(words: Sequence[str], lowered: str) -> bool:
    for word in words:  # noqa: SIM110 - a loop costs less than any() over a generator
        if word in lowered:
            return True
    return False


def compact_dates(text: str, lowered: str) -> Iterator[Candidate]:
    """Short, run-together and abbreviated dates (``lowered`` is ``text`` lower-cased)."""
    has_month = _any(_MONTH_HINTS, lowered)
    if has_month:
        for m in _DAY_FIRST.finditer(text) if _DAY_THEN_MONTH.search(text) else ():
            yield m.start(), m.end(), "date"
        for junction in _LETTER_THEN_DIGIT.finditer(text):
            digit = junction.start()
            month = _MONTH_BEFORE.search(text, max(0, digit - _MONTH_REACH), digit)
            day = _DAY_AFTER_MONTH.match(text, digit) if month else None
            if month and day:
                yield month.start(), day.end(), "date"
    if has_month and _any(_ORDINAL_HINTS, lowered):
        yield from _abbreviated_spelled(text, lowered)
    if _ORDINAL_DIGITS.search(text) and _any(_SHORT_WEEKDAYS, lowered):
        for m in _WEEKDAY_ORDINAL.finditer(text):
            yield m.start("date"), m.end("date"), "date"
    if _YEAR4.search(text) and _any(_HOLIDAY_HINTS, lowered):
        for m in _HOLIDAY_YEAR.finditer(text):
            yield m.start(), m.end(), "date"


def _abbreviated_spelled(text: str, lowered: str) -> Iterator[Candidate]:
    """ "feb fourteenth", "fourteenth of feb": looked for only around a month abbreviation."""
    seen: set[int] = set()
    for abbr in _ABBR_WORD.finditer(lowered):
        lo, hi = max(0, abbr.start() - _ABBR_WINDOW), min(len(text), abbr.end() + _ABBR_WINDOW)
        for m in _SPELLED_ORDINAL.finditer(text, lo, hi):
            if m.start() in seen:
                continue
            seen.add(m.start())
            before = _ABBR_BEFORE.search(text, max(0, m.start() - _ABBR_REACH), m.start())
            if before:
                yield before.start(), m.end(), "date"
                continue
            after = _OF_ABBR_AFTER.match(text, m.end())
            if after:
                yield m.start(), after.end(), "date"
