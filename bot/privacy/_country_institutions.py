"""Universities, colleges and institutes named after a country or region.

"the Fiji National University library", "Ghana National University", "University of
Malawi", "Kenya Technical College": a country or region is safe alone (too large to place
anyone), and "National University" alone is a kind of body, so no rule read the whole; but
together, capitalised, they name the one body where the client studies or works. Written
small ("a national university", "the state university") or with no capitalised head
("proud of Fiji and of the rugby") nothing is named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate

_KINDS = r"(?:National|State|Technical|Open|Polytechnic|Medical|Christian|Catholic|Adventist"
_KINDS += r"|Methodist|Baptist|Islamic|Metropolitan|Teachers|Agricultural|Nursing)"
_HEADS = r"(?:University|Polytechnic|College|Institute|Academy)"
_BEFORE = re.compile(
    rf"\b(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)??)\s+(?:{_KINDS}\s+){{0,2}}{_HEADS}\b"
    rf"(?:\s+of\s+(?:[A-Z][a-z]+\s+)?(?:Technology|Science|Sciences|Education|Health|Nursing))?"
)
_OF = re.compile(
    rf"\b(?:(?:{_KINDS}\s+){{0,2}}{_HEADS})\s+of\s+(?:the\s+)?(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
_HINTS = ("University", "Polytechnic", "College", "Institute", "Academy")


def may_hold(text: str) -> bool:
    """Cheap test: a capitalised head of an institution in the text."""
    return any(h in text for h in _HINTS)


def country_institutions(text: str, lex: Lexicon) -> list[Candidate]:
    """Institutions named by a country or region and a head (see the module)."""
    out: list[Candidate] = []
    for pattern in (_BEFORE, _OF):
        for m in pattern.finditer(text):
            region = m.group("region").lower()
            if region in lex.regions or lex.is_region_word(region):
                out.append((m.start(), m.end(), "org"))
    return out
