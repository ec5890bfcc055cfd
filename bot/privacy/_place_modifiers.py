"""A listed town or city before the noun of an event: "the Manila procession", "the Durban
parade", "went to the Accra festival".

`_modifier_words` keeps a capitalised word between a determiner and the noun of an event
("the Valborg picnic", "the Sinulog procession"): it says what kind of event. A town says
where it was, which places the client as "in Manila" does. The word must be a listed town,
in no list of everyday words and no country or region ("the Fiji parade" stays), typed
with a capital, no acronym and no possessive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._modifier_words import HEADS
from ._word_classes import DETERMINERS

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# heads of an event held in a town; food, songs and apps say nothing of where
_EVENTS = HEADS & frozenset(
    "festival parade procession celebration celebrations feast picnic rehearsal".split()
) | frozenset("fiesta carnival fair marathon show pride mela market markets".split())


def may_hold(lows: list[str]) -> bool:
    """Cheap test: the noun of an event among the words."""
    return not _EVENTS.isdisjoint(lows)


def place_modifiers(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Listed towns between a determiner and the noun of an event (see the module)."""
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if nxt.low not in _EVENTS or nxt.capital or toks[i - 1].low not in DETERMINERS:
            continue
        if not tok.capital or tok.acronym or tok.possessive or not tok.word.isalpha():
            continue
        if text[tok.end : nxt.start] != " " or text[toks[i - 1].end : tok.start] != " ":
            continue
        low = tok.low
        if low in lex.places and low not in lex.ordinary and not lex.is_region_word(low):
            out.append((tok.start, tok.end, "place"))
    return out
