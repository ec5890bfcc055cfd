"""A lower-case Māori or Pacific name listed between two names already found: "hemi, mere,
baby kahu and their mum".

Written in lower case, a Polynesian name can also be an English word ("mere", "tama",
"hone") and is then left alone on its own. In a list whose items on both sides are people
("hemi, mere, baby kahu") a word standing as an item by itself is one of them too: an
English adjective or noun of that shape does not stand alone between two names. Only a word
of Polynesian shape (open syllables of the letters those languages write) is taken, so a
list of a name and things ("sam, rice, tea") is not read as people.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._pacific_words import POLYNESIAN

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# the gap after a list item, before the next one, which may open with a word of address
_NEXT_ITEM = re.compile(
    r",? (?:and |& )?(?:(?:baby|bub|little|lil|big|aunty|auntie|uncle|nan|nana|koro|cousin|"
    r"cuz|bro|sis) )?"
)
_MIN_WORD = 3
_MIN_NAMES = 2
# English words of that shape that stand alone between commas: "Ana, here, is the plan"
_ASIDES = frozenset(
    "are were here there more some home time too also maybe sure like later tea wine".split()
)


def listed_pacific_names(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Spans of the lower-case Polynesian words listed between two found names."""
    names = sorted((s, e) for s, e, k in found if k == "name")
    if len(names) < _MIN_NAMES:  # a word between two names
        return []
    ends = {e: s for s, e in names}
    starts = {s for s, _ in names}
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        tok, before = toks[i], toks[i - 1]
        if tok.capital or tok.possessive or len(tok.word) < _MIN_WORD:
            continue
        if tok.low in _ASIDES or not POLYNESIAN.fullmatch(tok.low):
            continue
        if text[before.end : tok.start] != ", " or before.end not in ends:
            continue
        after = _NEXT_ITEM.match(text, tok.end)
        if after is None or not after.group().startswith(","):
            continue
        if after.end() in starts:
            out.append((tok.start, tok.end, "name"))
    return out
