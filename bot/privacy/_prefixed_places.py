"""Places named by a word of geography and a capitalised name, wherever they stand: "Fort
Providence at her mom's", "Port Talbot lad", "Lake Elsinore has a path", "Mount Druitt".

"Fort", "Port", "Mount", "Lake", "Loch" and "Lough" capitalised before a capitalised word
open the name of a town, suburb, lake or hill, at the start of a sentence as well as after
"in" or "from"; the name goes with its prefix. A state or country after it ("Lake
Michigan") and words that are never names (weekdays, months) stay to the other rules.
"""

from __future__ import annotations

from ._lexicon import Lexicon
from ._word_classes import Candidate, Kind, Token

PREFIXES = frozenset("fort port mount mt lake loch lough".split())
_MAX_NAME_WORDS = 2


def prefixed_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """The places named by a prefix and a capitalised name (see the module's docstring)."""
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        tok = toks[i]
        if tok.low not in PREFIXES or not tok.capital or tok.acronym or tok.possessive:
            continue
        end = i
        while (
            end + 1 < len(toks)
            and end - i < _MAX_NAME_WORDS
            and _name_word(toks[end + 1], first=end == i)
            and text[toks[end].end : toks[end + 1].start] == " "
            and not toks[end].possessive
        ):
            end += 1
        if end == i or lex.is_region_word(toks[i + 1].low):
            continue
        out.append((tok.start, toks[end].end, "place"))
    return out


def _name_word(tok: Token, *, first: bool) -> bool:
    """A capitalised word of the name: the first may be an everyday word ("Fort Worth"),
    the next only a word that is no everyday word ("Fort Worth Police": not the police)."""
    if not tok.capital or tok.acronym or not tok.word.isalpha():
        return False
    return tok.kind is not Kind.STOP and (first or tok.kind is not Kind.ORDINARY)
