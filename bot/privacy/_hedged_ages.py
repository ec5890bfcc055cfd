"""Ages over 89 said with a hedge or an afterword: "is nearly ninety-five", "about to be 99",
"(almost 93)", "93 years young".

The number is an age when a hedge word ("nearly", "almost", "about to be", "pushing", ...)
stands between it and a word that says a person is so old ("is", "was", "turned", "turning",
"aged", an opening bracket or comma), or when "years young" follows it. A unit after the
number ("nearly 95 %", "almost 100 metres") or a measure as the subject ("her score was
nearly 95") makes it no age.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_UNITS = "one two three four five six seven eight nine"  # "ninety" + a unit word
_NUMBER = (
    r"(?:9\d|1[01]\d|12[0-5])(?![\w/%]|[.,]\d)"
    rf"|ninety(?:[-\s](?:{'|'.join(_UNITS.split())}))?\b"
    r"|(?:one|a)\s+hundred(?:\s+and\s+(?:one|two|three|four|five))?\b"
)
_HEDGE = (
    # "over 90" and "past 90" name the bracket "90 or older", not an age
    r"nearly|almost|about|around|just|only|barely|pushing|close\s+to|near|nigh\s+on"
    r"|about\s+to\s+be|going\s+to\s+be|gonna\s+be|soon\s+to\s+be|coming\s+up\s+to|already"
    # chat hedges: "is like 96", "is prob 94", "she's literally 95"
    r"|like|prob|probably|maybe|literally"
)
_SAID = r"is|was|[^\W\d_]+['’]s|turned|turns|turning|aged|age"  # "grandad's prob 93"
_HEDGED = re.compile(
    rf"(?i)(?:\b(?:{_SAID})\s+|[(,]\s*)(?:{_HEDGE})\s+(?P<age>{_NUMBER})",
)
# what every match of _HEDGED holds from the character before its hedge, looked for first: it
# opens with a character no case changes, where the engine skips in C (the whole pattern
# tries every word of the text)
_HEDGED_HINT = re.compile(rf"(?i)[\s(,](?:{_HEDGE})\s+(?:{_NUMBER})")
_YEARS_YOUNG = re.compile(rf"(?i)(?<![\w.,/$-])(?P<age>{_NUMBER})\s*(?:years?|yrs?)\s+young\b")
# a unit or a count after the number: a measure, not an age
_NOT_AGE_AFTER = re.compile(
    r"(?i)\s*(?:%|(?:percent|per\s+cent|min|mins|minutes|lbs?|pounds|kg|kgs|mg|degrees|times"
    r"|days|weeks|miles|dollars|bucks|points|pts|mph|seconds|hours|km|kms|metres|meters|m|cm"
    r"|ml|steps|calories|kcal|followers|likes|members|people|students|pages|sessions|bpm"
    r"|out\s+of)\b)"
)
# a measure as the subject of "is"/"was": "her score was nearly 95", "sats were about 96"
_MEASURE_BEFORE = re.compile(
    r"(?i)\b(?:score|scores|scored|rate|pulse|bpm|sats|saturation|temp|temperature|weight"
    r"|reading|total|level|percent|percentage|attendance|mark|grade|result|bp|hr|count)"
    r"\s+(?:is|was|were|at)\s+(?:\w+\s+){0,3}$"
)
_MEASURE_REACH = 48
# what every age here holds: "ninety", "hundred" or a number from 90 to 125 standing alone
# (written to start on its first digit, which the engine finds fast)
_NUMBER_HINT = re.compile(r"9(?<!\d9)\d(?!\d)|1(?<!\d1)(?:[01]\d|2[0-5])(?!\d)")
_HINTS = (
    "nearly",
    "almost",
    "about",
    "around",
    "just",
    "only",
    "barely",
    "pushing",
    "close",
    "near",
    "nigh",
    "going",
    "gonna",
    "soon",
    "coming",
    "already",
    "like",
    "prob",
    "maybe",
    "literally",
)


def hedged_ages(text: str, lowered: str) -> Iterator[Candidate]:
    """Ages over 89 said with a hedge or "years young" (``lowered`` is ``text`` lower-cased)."""
    if "ninet" not in lowered and "hundred" not in lowered and not _NUMBER_HINT.search(text):
        return
    if "young" in lowered:
        for m in _YEARS_YOUNG.finditer(text):
            yield m.start("age"), m.end("age"), "age"
    for hint in _HINTS:  # a loop costs less than any() over a generator
        if hint in lowered:
            break
    else:
        return
    if not _HEDGED_HINT.search(text):
        return
    for m in _HEDGED.finditer(text):
        if _NOT_AGE_AFTER.match(text, m.end("age")):
            continue
        if measured(text, m.start("age")):
            continue
        yield m.start("age"), m.end("age"), "age"


def measured(text: str, start: int) -> bool:
    """Whether a measure is the subject of the number at ``start`` ("heart rate was 96",
    "her score was nearly 95"): a reading, not an age."""
    return _MEASURE_BEFORE.search(text, max(0, start - _MEASURE_REACH), start) is not None
