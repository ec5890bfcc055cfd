"""A day and a month joined by a dot with no dot after them ("on 14.2", "since 3.11",
"til 30.6"), as chat in most of Europe writes a date, read only where a date is said.

The same shape is a decimal ("slept 7.5 hours", "scored 14.2", "v2.3", "2.5 mg"), so it is
a date only after a word that says when ("on", "since", "until", "til", "due", "appt", a
weekday), before no unit, and never as a time ("since 9.05"). "From" says when only after
leave, travel or a start ("off from 3.11", not "went from 7.5 to 8.2"). A second date joined
to the first by "to", "-" or "until" is one too ("on 14.2 - 20.2"). Both numbers must be a
day and a month; with a dot after them ("14.2.") other rules read them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_DAY_MONTH = r"(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])"
_WEEKDAYS = (
    r"mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday"
)
_CUE = (
    r"on|since|til|till|until|untill|due|appt|appointment|dob|born|"
    r"starting|starts|started|ending|ends|ended|effective|as\s+of|"
    + _WEEKDAYS
    + r"|(?:off|away|leave|holiday|holidays|hols|trip|camp|sober|clean|back|start|home)\s+from"
)
# the first letter of each cue
_CUE_FIRST = "".join(sorted(set(re.findall(r"(?:^|[|(:])([a-z])", _CUE))))
_DATE = re.compile(
    # the look-ahead names the first letters of the cues, so that the engine skips in C to
    # where one can start instead of trying the word boundary at every character
    rf"(?i)(?=[{_CUE_FIRST}])\b(?:{_CUE})\s+(?P<date>{_DAY_MONTH})(?![\w/%.-]|[,:]\d)"
    rf"(?:\s*(?:-|–|to|until|til|till)\s*(?P<end>{_DAY_MONTH})(?![\w/%.-]|[,:]\d))?"
)
_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")
# a unit or a span of time after the number: a measure, not a date
_UNIT_AFTER = re.compile(
    r"(?i)\s*(?:%|[ap]\.?m\b|h\b|hrs?\b|hours?\b|mins?\b|minutes?\b|secs?\b|seconds?\b"
    r"|days?\b|weeks?\b|wks?\b|months?\b|years?\b|yrs?\b|kg\b|kgs\b|g\b|mg\b|mcg\b|ml\b|l\b"
    r"|km\b|kms\b|k\b|m\b|cm\b|mm\b|mi\b|miles?\b|lbs?\b|kilos?\b|litres?\b|liters?\b|units?\b"
    r"|points?\b|pts?\b|stone\b|st\b|euros?\b|dollars?\b|bucks\b|€|\$|£|x\b|times\b|out\s+of\b"
    r"|/\d|mmol|grams?\b)"
)


def dotted_days(text: str) -> Iterator[Candidate]:
    """Dates such as "on 14.2" and "since 3.11 - 5.12" in ``text``."""
    if "." not in text or not _DIGIT_DOT_DIGIT.search(text):  # what every day.month holds
        return
    for m in _DATE.finditer(text):
        if _UNIT_AFTER.match(text, m.end("date")) or _clock_time(m.group("date")):
            continue
        yield m.start("date"), m.end("date"), "date"
        end = m.group("end")
        if end and not _UNIT_AFTER.match(text, m.end("end")) and not _clock_time(end):
            yield m.start("end"), m.end("end"), "date"


def _clock_time(value: str) -> bool:
    """ "9.05": one digit, then minutes written with a zero, is a time of day ("14.02" is
    left to the two-digit day-month rule)."""
    day, _, month = value.partition(".")
    return len(day) == 1 and month.startswith("0")
