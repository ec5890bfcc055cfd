"""The capitalised words after a measure of food or drink: what is eaten or drunk.

"a bowl of Ramyeon", "two cups of Kahwa", "a slice of Kladdkaka": what a bowl, cup or
slice holds is a dish or a drink; no person is served by the bowl.

Recall first: the measure and "of" stand one space apart right before the run; no word of
the run is a possessive ("a cup of Maria's tea": the tea is hers), an acronym, or a listed
given name, surname, town or region ("a glass of Rioja" is left to the place rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import run_start, spaced, token_range

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

MEASURES = frozenset(
    """
    bowl bowls cup cups glass glasses plate plates slice slices piece pieces pot pots
    bottle bottles jar jars packet packets mug mugs portion portions spoonful loaf
    """.split()
)


def may_hold(lows: list[str]) -> bool:
    """Whether a measure of food or drink stands among the text's words."""
    return not MEASURES.isdisjoint(lows)


def keep_measured_foods(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the name candidates that a measure of food or drink holds."""
    return [c for c in found if not (c[2] == "name" and _measured(text, toks, c, lex))]


def _measured(text: str, toks: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    first, last = token_range(toks, cand[0], cand[1])
    if first >= last:
        return False
    start = run_start(text, toks, first)  # the run's first word, right after "of"
    if (
        start < 2
        or toks[start - 1].low != "of"
        or toks[start - 2].low not in MEASURES
        or not spaced(text, toks, start)
        or not spaced(text, toks, start - 1)
    ):
        return False
    return all(
        not tok.acronym and not tok.possessive and not lex.listed(tok.low)
        for tok in toks[first:last]
    )
