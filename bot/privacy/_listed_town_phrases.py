"""A town of several words in the lists, named after a word of place: "in Spanish Town",
"from American Fork", "to Hawaiian Gardens".

The runs of capitalised words are judged word by word, and a first word that is a
language, a nationality or a month ("Spanish", "American", "May") is a word of the lists
of things, so the run was cut there and the town's other words read alone as everyday
words. The lists hold the whole name: after a preposition of place, two or three
capitalised words one space apart that together are a listed town are that town.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ._vocab import PLACE_PREPS
from ._word_classes import spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_PREPS = PLACE_PREPS | {"at", "inna", "outta"}
_LONGEST = 3


@cache
def _first_words(places: frozenset[str]) -> frozenset[str]:
    """The first words of the listed towns of two or three words."""
    return frozenset(p.split()[0] for p in places if 1 < len(p.split()) <= _LONGEST)


def may_hold(lows: list[str], lex: Lexicon) -> bool:
    """Cheap check: a word that opens a listed town of several words."""
    return not _first_words(lex.places).isdisjoint(lows)


def listed_town_phrases(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Listed towns of two or three words right after a preposition of place."""
    firsts = _first_words(lex.places)
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if not tok.capital or tok.low not in firsts or toks[i - 1].low not in _PREPS:
            continue
        if not spaced(text, toks, i):
            continue
        for n in range(min(_LONGEST, len(toks) - i), 1, -1):
            words = toks[i : i + n]
            if not all(w.capital for w in words):
                continue
            if not all(spaced(text, toks, k) for k in range(i + 1, i + n)):
                continue
            if " ".join(w.low for w in words) in lex.places:
                out.append((tok.start, words[-1].end, "place"))
                break
    return out
