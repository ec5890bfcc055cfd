"""Capitalised words that the noun after them shows are no person: "her husband is a Chelsea
fan", "a lifelong Green Bay Packers supporter", "I used the Columbo approach", "the Gottman
method".

"Fan" and "supporter" after a name say it is followed by thousands (a team, a band, a
show); a client is not the object of a fandom in a practitioner's note. A single word after
"the" and right before a noun for a way of working (approach, method, technique, protocol,
framework, exercise, intervention) names the way, after its author, a character or a
place, not a client: "the Garcia family", "the Patel case" and a possessive ("Maria's
approach to parenting": hers) are not among them. Nothing but a space may stand between the
candidate and the noun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate

_HINT = re.compile(
    r"[A-Z][\w'’-]* (?:fans?|supporters?|approach|method|technique|protocol|framework"
    r"|exercise|intervention)\b"
)
_FAN_AFTER = re.compile(r" (?:fans?|supporters?)\b")
_FAN_BEFORE = re.compile(
    r"(?i:\b(?:a|an|the|big|huge|massive|lifelong|life-long|die-hard|diehard|loyal|keen"
    r"|proper|mad|true|avid|fellow|such|real)) $"
)
_WAY_AFTER = re.compile(
    r" (?:approach|method|technique|protocol|framework|exercise|intervention)\b"
)
_WAY_BEFORE = re.compile(r"(?i:\bthe) $")
_MAX_WORDS = 4


def keep_followed_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the candidates that name a team followed or a way of working."""
    if not _HINT.search(text):
        return found
    return [c for c in found if not (_followed(text, c) or _names_a_way(text, c))]


def _followed(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    words = text[start:end].split(" ")
    if len(words) > _MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return bool(_FAN_AFTER.match(text, end)) and bool(_FAN_BEFORE.search(text, 0, start))


def _names_a_way(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    word = text[start:end]
    if " " in word or not word[:1].isupper() or word.endswith(("'s", "’s", "'", "’")):
        return False
    return bool(_WAY_AFTER.match(text, end)) and bool(_WAY_BEFORE.search(text, 0, start))
