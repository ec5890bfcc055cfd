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
_WITH_UNIT = re.compile(rf"(?i)(?P<age>{_DIGITS}|{_NINETY}|{_HUNDRED}){_AGE_UNIT}")
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
_HINT = re.compile(r"(?i)9\d|1[01]\d|12[0-5]|ninet|hundred")
_UNIT_HINT = re.compile(r"(?i)y\.?\s?o|y/o|old|age")


def compact_old_ages(text: str, lowered: str) -> Iterator[Candidate]:
    """Ages over 89 in compact or run-together forms (``lowered`` is ``text`` lower-cased)."""
    if _HINT.search(lowered) is None:
        return
    if _UNIT_HINT.search(lowered):
        for m in _WITH_UNIT.finditer(text):
            # a unit run into the number goes with it ("92yrold", "92yrs old" -> "[age] old");
            # a unit after a space or a hyphen stays ("[age] years old", "[age]-year-old")
            end = m.end("age")
            if text[end : end + 1].isalpha():  # up to the next space ("[age] old")
                end += len(text[end : m.end()].split(None, 1)[0])
            yield m.start(), end, "age"
    if "ninety" in lowered or "hundred" in lowered or "½" in text or "half" in lowered:
        for m in _SAID_ODD.finditer(text):
            yield m.start("age"), m.end("age"), "age"
