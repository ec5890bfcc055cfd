"""A day and a month written without a year, read where a word says a date follows, and
day ranges and spelled ordinal days before a month.

- "next session is 14.2", "D.O.B. 30.6.", "since 14-2", "from 14-2 until": a day and a
  month joined by ".", "-" or "/" (with or without a closing dot) after a word that says when
  or whose date it is ("dob", "d.o.b.", "born", "since", "until", "session is", "appt on",
  ...), or that asks for the day a solution-focused note records ("exception was 9.12",
  "exception: 3.4", "good day 28.5"). The same shapes are decimals, scores and results
  ("scored 14.2", "won 14-2"), so without such a word they are left to the other rules.
- "14-16/2", "3-5.6.": a range of days before a month number, the first day before the
  second ("3-5/10" is a range of scores).
- "twenty-third june", "31st of december": a spelled ordinal past ten (or one written in
  digits with "of") right before a month name. A lower spelled ordinal ("first may") counts
  things as often as it dates them, and is left to the rules that need "the ... of".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_WHEN = (
    r"on|since|until|till|til|untill|due|dob|d\.o\.b\.?|born|from|starting|started|effective"
    # a counted thing says its date only through a verb ("session 6/10" is a count)
    r"|(?:session|appt|appointment|meeting|review|visit|intake|court|hearing|deadline|discharge"
    r"|surgery)\s+(?:is|was|on)|(?:session|appt|appointment|meeting|review|visit)['’]s"
    r"|(?:date|birthday|bday)(?:\s+(?:is|was)|['’]s|\s*[:=])"
    # the day a solution-focused note asks about: "exception was 9.12", "good day 28.5"
    r"|exceptions?(?:\s+(?:is|was|were))?|(?:good|better|best|calm|great|ok|okay)\s+days?"
    r"(?:\s+(?:is|was|were))?"
)
# looked for from the day back: the digits are rare, a cue's first letter is not
# (written to start on its first digit, which the engine finds fast; the day is checked after)
_DAY_MONTH = re.compile(rf"\d(?<![\w./-]\d)\d?[./-]{_MONTH}\.?(?![\w/%]|[.,:]\d|-\d)")
_CUE_BEFORE = re.compile(rf"(?i)(?<![\w.])(?:{_WHEN})\s*:?\s*$")
_CUE_REACH = 24
# "from 14-2 until": "from" says when only before "until" ("went from 7.5 to 8.2" is a change)
_UNTIL_AFTER = re.compile(r"(?i)\s*(?:until|till|til)\s")
_DAY_RANGE = re.compile(
    rf"(?P<first>\d(?<![\w./:-]\d)\d?)\s?[-–]\s?(?P<last>{_DAY})[/.]{_MONTH}\.?(?![\w/%]|[.,:]\d)"
)
# "3-5/10", "2-3/5": a range of scores out of ten or five
_SCORE_RANGE = re.compile(r"\d[-–\s]+\d+/(?:10|5)\b")
_WEEKDAY = (
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)"
)
# "Wed 24/7", "fri 3.6.": a day and a month after a weekday (even the shape of "24/7")
_WEEKDAY_BEFORE = re.compile(rf"(?i)\b{_WEEKDAY}\.?\s+$")  # "Monday, 8/10": a clause ends
# "discharged 19.3. — since then", "3.2. (no bingeing)": a day and a month with a closing
# dot before a bracket or a dash (a list of dates with what happened on each)
_BRACKET_OR_DASH_AFTER = re.compile(r"\s*(?:\(|[—–]|-\s)")
# a spelled ordinal day, hyphenated, spaced or run together ("twenty-third", "twentythird")
ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth"
    r"|thirty[-\s]?first)"
)
# "her anniversary is the eleventh", "his birthday's on the 3rd": the day of a dated thing
_DATED_THING = re.compile(
    r"(?i)(?=[abcdhs])\b(?:birthday|bday|anniversary|appt|appointment|court|hearing|deadline"
    r"|due\s+date|date|surgery|scan)\s*(?:is|was|['’]s|will\s+be)\s+(?:on\s+)?"
    rf"the\s+(?P<date>{ORDINAL_WORD}|{_DAY}(?:st|nd|rd|th))\b"
    r"(?!\s+(?:time|times|session|sessions|one|week|weeks|day|days|month|attempt|try|visit"
    r"|appointment|hearing|meeting|round|step|thing|person|place|year)\b)"
)
# "section 3.2. (table)", "step 4.1. - breathe": a numbered part, not a date
_NUMBERED_PART = re.compile(
    r"(?i)\b(?:section|sect|chapter|ch|step|page|p|item|question|q|table|figure|fig|part"
    r"|module|unit|level|version|v|no|number|point|para|paragraph)\.?\s*$"
)
_DATED_THING_HINTS = (
    "birthday bday anniversary appt appointment court hearing deadline date surgery scan".split()
)
_HIGH_ORDINAL = (
    r"(?:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|twenty[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth)|thirtieth|thirty[-\s]?first)"
)
_MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_ORDINAL_MONTH = re.compile(rf"(?i)(?=[efnst])\b{_HIGH_ORDINAL}(?:\s+of)?\s+{_MONTH_WORD}\b")
_ORDINAL_HINTS = ("teenth", "twent", "thirt", "eleventh", "twelfth")
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
# a unit, a clock or a count after the number: a measure, not a date
_UNIT_AFTER = re.compile(
    r"(?i)\s*(?:%|[ap]\.?m\b|h\b|hrs?\b|hours?\b|mins?\b|minutes?\b|km\b|kg\b|mg\b|ml\b|m\b"
    r"|points?\b|pts?\b|goals?\b|lbs?\b|x\b|times\b|out\s+of\b"
    r"|(?:this\s+(?:morning|afternoon|evening)|tonight|today|o['’]clock"
    r"|days?|nights?|weeks?|months?|years?|occasions?|sessions?|drinks?|units?|cups?|pills?"
    r"|tablets?|people|kids|others|more|less|each|per|a\s+(?:day|week|night))\b)"
)
# "since 9.05": one digit, a dot and minutes written with a zero is a time of day
_CLOCK = re.compile(r"\d\.0\d")


def cued_day_months(text: str, lowered: str) -> Iterator[Candidate]:
    """Dates without a year said after a word that says when, day ranges before a month, and
    spelled ordinal days before a month (``lowered`` is ``text`` lower-cased)."""
    for m in _DAY_MONTH.finditer(text):
        if _is_day(m.group()) and _said_date(text, m):
            yield m.start(), m.end(), "date"
    for m in _DAY_RANGE.finditer(text) if "-" in text or "–" in text else ():
        if (
            0 < int(m.group("first")) < int(m.group("last"))
            and not _UNIT_AFTER.match(text, m.end())
            and not _SCORE_RANGE.fullmatch(m.group())
        ):
            yield m.start(), m.end(), "date"
    if " the " in lowered and any(hint in lowered for hint in _DATED_THING_HINTS):
        for m in _DATED_THING.finditer(text):
            yield m.start("date"), m.end("date"), "date"
    for hint in _ORDINAL_HINTS:  # a loop costs less than any() over a generator
        if hint in lowered:
            break
    else:
        return
    for month in _MONTH_NAMES:
        if month in lowered:
            break
    else:
        return
    for m in _ORDINAL_MONTH.finditer(text):
        yield m.start(), m.end(), "date"


def _said_date(text: str, m: re.Match[str]) -> bool:
    """Whether the day and month ``m`` is a date by the words around it: a word that says
    when before it, a weekday before it, or (with a closing dot) a bracket or dash after it."""
    lo = max(0, m.start() - _CUE_REACH)
    if _UNIT_AFTER.match(text, m.end()) or _CLOCK.fullmatch(m.group()):
        return False
    cue = _CUE_BEFORE.search(text, lo, m.start())
    if cue is not None:
        # "from 14-2 until": "from" says when only before "until"
        return cue.group()[:4].lower() != "from" or _UNTIL_AFTER.match(text, m.end()) is not None
    if _WEEKDAY_BEFORE.search(text, lo, m.start()):
        return True
    return (
        m.group().count(".") == 2  # "19.3." with its closing dot
        and _BRACKET_OR_DASH_AFTER.match(text, m.end()) is not None
        and not _NUMBERED_PART.search(text, max(0, m.start() - 12), m.start())
    )


def _is_day(value: str) -> bool:
    """Whether ``value`` ("14.2", "30-6") opens with a day of a month."""
    day = value[:2] if value[1:2].isdigit() else value[:1]
    return 0 < int(day) <= _LAST_DAY


_LAST_DAY = 31
