"""Shops whose own name ends in "'s": "a Happy Meal at McDonald's", "works at Sainsbury's".

The brand list holds these names whole ("mcdonald's"), but a token is read without its "'s",
so "McDonald" alone looked like a surname. Written as the brand, with no title or other
capitalised word before it, the word names the shop; after a title or a name ("Mrs
McDonald's son", "Ronald McDonald's house") it is still someone's. A shop that is somebody's
workplace ("her job at Sainsbury's") says where she works, as any shop does (`_employers`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._employers import at_work

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token


def may_hold(text: str) -> bool:
    """Cheap check: a possessive stands in the text."""
    return "'s" in text or "’s" in text


def keep_brand_possessives(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the one-word candidates that are a listed brand's own name."""
    by_start = {tok.start: i for i, tok in enumerate(toks)}
    kept: list[Candidate] = []
    for cand in found:
        i = by_start.get(cand[0])
        if i is not None and cand[1] == toks[i].end and _listed(toks[i], lex):
            if at_work(text, toks, i):  # "her job at Sainsbury's": the shop is her workplace
                kept.append((cand[0], cand[1], "org"))
                continue
            if _brand(text, toks, i):
                continue
        kept.append(cand)
    return kept


def _listed(tok: Token, lex: Lexicon) -> bool:
    return tok.possessive and f"{tok.low}'s" in lex.brands


def _brand(text: str, toks: list[Token], i: int) -> bool:
    """Written as the brand: first, or after no title or capitalised word."""
    tok = toks[i]
    if i == 0:
        return True
    prev = toks[i - 1]
    spaced = text[prev.end : tok.start].strip(" .") == ""
    return not (spaced and (prev.title or prev.capital))
