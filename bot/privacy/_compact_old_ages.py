"""Ages over 89 in the compact and run-together ways chat writes them: "92YO", "92yrold",
"92 years of age", "ninety-two yo", "ninetytwo", "ninety2", "92½", "hundred and one".

Two closed grammars:

- a number from 90 to 125 (in digits or words, a half after it or not) joined to a word
  that only ever measures age: "yo", "y/o", "y.o.", "yrold", "years old", "years of age"
  (in any case; "yrs" and "years" alone count years of anything and are left to the rules
  that read the clause);
- a number written as only a number can be ("ninetytwo", "ninety2", "hundred and one",
  "92½", "92 and a half") after a word that says a person is so old ("is", "was", "turned",
  "aged", an opening bracket or a comma) and before the end of the clause ("gran is
  ninetytwo and", "(hundred and one)"), so that "a hundred and one reasons" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_UNIT_WORDS = "one two three four five six seven eight nine"
_SMALL = "|".join(_UNIT_WORDS.split())
_HALF = r"(?:½|\s+and\s+a\s+half)?"
_DIGITS = rf"(?<![\w.,/$£€-])(?:9\d|1[01]\d|12[0-5]){_HALF}"
_NINETY = rf"\bninety(?:[-\s]?(?:{_SMALL}|[1-9]))?{_HALF}\b"
_HUNDRED = r"\b(?:(?:one|a)\s+)?hundred(?:\s+and\s+(?:one|two|three|four|five))?\b"
_AGE_UNIT = (
    r"(?:[-\s]?(?:y\.?\s?o\.?(?![\w-])|y/o\b|yr?s?[-\s]?old\b|years?[-\s]old\b"
    r"|(?:years?|yrs?)\s+of\s+age\b))"
)
# in digits (opening on the first digit, which the engine finds fast), or in words
_DIGITS_WITH_UNIT = re.compile(rf"(?i)(?=[19])(?P<age>{_DIGITS}){_AGE_UNIT}")
_WORDS_WITH_UNIT = re.compile(rf"(?i)(?P<age>{_NINETY}|{_HUNDRED}){_AGE_UNIT}")
# numbers spelled as only a number is: run together, half in digits, "hundred and one"
_ODD_NUMBER = (
    rf"\bninety(?:{_SMALL}|-?[1-9])\b|(?<![\w.,/$£€-])(?:9\d|1[01]\d|12[0-5])(?:½|\s+and\s+a\s+half)"
    r"|\b(?:one\s+|a\s+)?hundred\s+and\s+(?:one|two|three|four|five)\b"
)
_SAID_ODD = re.compile(
    r"(?i)(?:\b(?:is|was|she['’]s|he['’]s|who['’]s|turned|turns|turning|aged|age)\s+"
    r"(?:(?:nearly|almost|about|just)\s+)?|[(,]\s*)"
    rf"(?P<age>{_ODD_NUMBER})"
    r"(?=\s*(?:[,.;!?)]|$)|\s+(?:and|but|now|this|next|last|in|on|yesterday|today|so|lol|has|had"
    r"|is|was|still|lives)\b)"
)
# a number from 90 to 125 standing alone, written to start on its first digit
_NUMBER_HINT = re.compile(r"9(?<!\d9)\d(?!\d)|1(?<!\d1)(?:[01]\d|2[0-5])(?!\d)")
_UNIT_HINTS = ("yo", "y/o", "y.o", "y o", "yr", "year")


def compact_old_ages(text: str, lowered: str) -> Iterator[Candidate]:
    """Ages over 89 in compact or run-together forms (``lowered`` is ``text`` lower-cased)."""
    digits = _NUMBER_HINT.search(text) is not None
    words = "ninet" in lowered or "hundred" in lowered
    if not digits and not words:
        return
    patterns: list[re.Pattern[str]] = []
    for hint in _UNIT_HINTS:  # a loop costs less than any() over a generator
        if hint in lowered:
            patterns = [_DIGITS_WITH_UNIT] * digits + [_WORDS_WITH_UNIT] * words
            break
    for pattern in patterns:
        for m in pattern.finditer(text):
            # a unit run into the number goes with it ("92yrold", "92yrs old" -> "[age] old");
            # a unit after a space or a hyphen stays ("[age] years old", "[age]-year-old")
            end = m.end("age")
            if text[end : end + 1].isalpha():  # up to the next space ("[age] old")
                end += len(text[end : m.end()].split(None, 1)[0])
            yield m.start(), end, "age"
    if words or "½" in text or (digits and " half" in lowered):
        for m in _SAID_ODD.finditer(text):
            yield m.start("age"), m.end("age"), "age"
