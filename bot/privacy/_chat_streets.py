"""Streets typed in lower case in chat that a street word spelt out, a block or a corner
marks.

"lives at no 7 miller close now", "moved into 14 rata grove": after "at", "into", "to", "on"
or "no", a house number, one lower-case word and a street word spelt out
("close", "road", "terrace" ...) are an address, everyday words as the name often is
(`_lower_town_parts` reads the short street words, "st", "rd", "ave"). Not after "from":
there a placeholder makes the word before it a person ("hêro from [place] messaged"), which
the text as typed does not, so a second redaction would change the first.
"she's on the 400 block of elm": a block's number and "block of" lead into a street.
"lives on the corner of king and bathurst", "cnr of queen & james": the two words joined
after "corner of" are the streets that cross there.

Kept: a number of things ("a 3 bed terrace", "a 10 minute drive": no cue before the number,
or a word of time or size), "the corner of the room and the door", "the corner of my eye
and" (an article, a possessive or a function word), "the corner shop and back" (a corner
names streets only with "of", or shortened: "cnr king and bathurst"), and a block that is
no street ("a block of flats").
"""

from __future__ import annotations

import re

from ._digits import has_digit
from ._word_classes import Candidate

# street words spelt out; "drive" and "way" only as names often end ("a 10 min drive" has
# no cue before its number)
_ENDS = (
    "close|road|street|lane|avenue|crescent|terrace|grove|court|gardens|place|rise|mews"
    "|drive|way|parade|circle|heights"
)
_NUMBERED = re.compile(
    r"\b(?:at|into|to|on|no\.?)\s+(?:no\.?\s+)?"
    r"(\d{1,4}[a-z]?\s+([a-z][a-z'’-]{2,})\s+(?:" + _ENDS + r"))\b"
)
_BLOCK = re.compile(r"\b\d{2,5}\s+block\s+of\s+([a-z][a-z'’-]{2,}|[A-Z][a-z'’-]{2,})\b")
_CORNER = re.compile(
    r"\b(?:corner\s+of|cnr\.?(?:\s+of)?)\s+([A-Za-z][a-z'’-]{2,})\s+(?:and|&|n)\s+([A-Za-z][a-z'’-]{2,})\b"
)
# words that say what kind or how much, not which street; and words that open a phrase
_NOT_NAMES = frozenset(
    """
    bed bedroom bedrooms storey story floor minute minutes min mins hour hours hr hrs mile
    miles km day days week weeks year years yr yrs month months step steps lane lanes
    the a an my your his her our their its this that these those some any each every one
    """.split()
)
_FLATS = frozenset("flats apartments units houses homes shops offices".split())


def may_hold(text: str) -> bool:
    """Cheap test: a digit, or a corner, is in the text."""
    return has_digit(text) or "corner" in text or "cnr" in text


def chat_streets(text: str) -> list[Candidate]:
    """Numbered streets spelt out, streets after "block of" and at a corner (see the module)."""
    out: list[Candidate] = []
    for m in _NUMBERED.finditer(text):
        if m.group(2) not in _NOT_NAMES:
            out.append((m.start(1), m.end(1), "place"))
    for m in _BLOCK.finditer(text):
        if m.group(1).lower() not in _FLATS and m.group(1).lower() not in _NOT_NAMES:
            out.append((m.start(1), m.end(1), "place"))
    for m in _CORNER.finditer(text):
        first, second = m.group(1), m.group(2)
        if first.lower() in _NOT_NAMES or second.lower() in _NOT_NAMES:
            continue
        out.append((m.start(1), m.end(1), "place"))
        out.append((m.start(2), m.end(2), "place"))
    return out
