"""Towns typed in lower case that say where a named body or place is: "sundays at the
dartmouth sportsplex pool", "volunteering w the greensboro fire dept", "calm at the
chattogram abahani match".

A listed town in no list of everyday words, names or function words is read by the rules for
places after a preposition of place ("in", "from", "near"); between "the" and a noun it
stands where a name's first word does, saying which club, station or branch, and it places
the client as the town does after "in". The town goes into the placeholder; the noun after
it, which says only what kind, stays.

Kept: a town word followed by a small word, a verb, an everyday word or nothing ("the derby
with him", "the colonia near the market", "the mestre noticed", "we watched the derby."),
where it is a word of another language or a thing, and a town word with an apostrophe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._capital_employers import _KIND_WORDS
from ._function_words import tables
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_MIN_TOWN = 4


def attributive_towns(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Lower-case listed towns between "the" and a noun (call when "the" is in the text)."""
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if toks[i - 1].word != "the" or not _town(tok, lex):
            continue
        if not spaced(text, toks, i) or not spaced(text, toks, i + 1):
            continue
        if _noun_after(toks, i + 1):
            out.append((tok.start, tok.end, "place"))
    return out


def _town(tok: Token, lex: Lexicon) -> bool:
    word = tok.word
    return (
        word.islower()
        and word.isalpha()
        and len(word) >= _MIN_TOWN
        and not tok.possessive
        and word in lex.places
        and tok.kind is Kind.UNKNOWN
        and word not in tables().langs
    )


def _noun_after(toks: list[Token], k: int) -> bool:
    """A noun the town modifies from ``toks[k]``: a word in no list ("sportsplex"), a letter
    ("the owasso Y"), or a word for a kind of workplace, venue or body, right there or one
    word on ("fire dept"). A small word, verb or everyday word after the town says it is a
    thing or a word of another language ("the derby with", "the mestre noticed")."""
    tok = toks[k]
    if tok.possessive or not tok.word.isalpha():
        return False
    if tok.kind is Kind.UNKNOWN and tok.word.islower() and tok.low not in tables().langs:
        return True
    if len(tok.word) == 1 and tok.word.isupper():
        return True
    if tok.low in _KIND_WORDS:
        return True
    return k + 1 < len(toks) and toks[k + 1].low in _KIND_WORDS
