"""Ages over 89 in the ways chat and translated speech say them.

"he will turn 96 on Friday", "she turns 91" (the age a person reaches), "the
great-grandmother has 93 years" (the "tiene 93 años" of Spanish, Portuguese, French and
Italian said in English), "nabbe saal ki hain" (Hindi and Urdu number words from ninety to
ninety-nine before "saal" or "baras"), and "ninety years, and she still walks" (an age
then how the person still is). Counts keep their number: "turn 90 degrees", "has 90 years
of experience", "for ninety years", "ninety years ago".
"""

from __future__ import annotations

import re

from ._case_blind import folds_as_lower

Candidate = tuple[int, int, str]

_OLD = r"(?:9\d|1[01]\d)"
# each pattern opens with a look-ahead for the first characters of its matches, so that the
# engine skips in C to where one can start
_TURNS = re.compile(
    rf"(?i)(?=t)\bturns?\s+({_OLD})\b(?![.,]\d)(?!\s*(?:%|percent|degrees?|°|times|pages?|km|miles))"
)
_HAS_YEARS = re.compile(
    rf"(?i)(?=h)\b(?:has|have|had)\s+({_OLD})\s+years\b(?!\s+(?:of|in|at|on|with|ago|since|before))"
)
_HINDI_NINETIES = (
    "nabbe nabbay nabbey navve ikyanve ikyaanve banve baanve tiranve tiraanve chauranve "
    "chauraanve pachanve pachaanve chhiyanve chhiyaanve sattanve sattaanve atthanve "
    "atthaanve ninyanve ninyaanve"
)
_HINDI_AGE = re.compile(
    r"(?i)(?=[abcinpst])\b((?:"
    + "|".join(_HINDI_NINETIES.split())
    + r")\s+(?:saal|sal|baras|baras|varsh))\b"
)
_WORDED = r"ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
_YEARS_STILL = re.compile(
    rf"(?i)(?=[n19])\b({_WORDED}|{_OLD})\s+years(?:\s+old)?\s*,?\s+(?:and|but)\s+"
    r"(?:(?:she|he|they)\s+)?(?:(?:is|was|'s)\s+)?still\b"
)
# what a text must hold for the Hindi and Urdu number words to stand in it
NINETIES_HINTS = ("nabb", "navve", "anve")
_HINTS = ("9", "10", "11", "ninety", *NINETIES_HINTS)


def spoken_old_ages(text: str, lowered: str) -> list[Candidate]:
    """Ages over 89 said as the module describes (``lowered`` is ``text`` in lower case)."""
    if not any(hint in lowered for hint in _HINTS):
        return []
    # where case-blind matching is plain lower-casing (``folds_as_lower``), a pattern whose
    # words are not in ``lowered`` cannot match and is not run (other text runs every pattern)
    plain = folds_as_lower(text)
    out: list[Candidate] = []
    for pattern, words in _PATTERN_WORDS:
        if plain and not any(word in lowered for word in words):
            continue
        out.extend((m.start(1), m.end(1), "age") for m in pattern.finditer(text))
    return out


# each pattern and the words one of which every match holds
_PATTERN_WORDS = (
    (_TURNS, ("turn",)),
    (_HAS_YEARS, ("years",)),
    (_HINDI_AGE, NINETIES_HINTS),  # every number word holds "nabb", "navve" or "anve"
    (_YEARS_STILL, ("still",)),
)
