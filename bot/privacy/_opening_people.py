"""A capitalised word opening a sentence beside the writer or before ", who" is a person.

"Hope and I walked to the bus stop", "Daniyal, who listens to music all day, said": a word
that is also an everyday word, a place or a word in no list opens a sentence and is kept
unless something marks it as a person. Joined to "I" or "me", or followed by ", who", it is
someone. So is a capitalised word set off by commas after someone's eldest or youngest
("Her eldest, Lovely, is 12"), even an everyday word. Words that are never names (kinship
words such as "Tia", holy names), words of the grammar and everyday words that are no given
names stay; so does a word inside a sentence joined to "and I" ("they opened with a Lotu and
I waited").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_NAME_KINDS = frozenset({Kind.NAME, Kind.WORD_NAME, Kind.UNKNOWN})
_WITH_WRITER = (" and I ", " and me ", " & I ", " & me ")
_RANKS = frozenset("eldest youngest oldest".split())


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "who", the writer or someone's eldest or youngest is in the text."""
    return "who" in lows or "i" in lows or "me" in lows or not _RANKS.isdisjoint(lows)


def opening_people(text: str, toks: list[Token], starts: Callable[[int], bool]) -> list[Candidate]:
    """Capitalised words opening a sentence before "and I" or ", who", or set off after
    someone's eldest or youngest."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if not tok.capital or tok.possessive or tok.kind is Kind.STOP:
            continue
        word = tok.word
        if not word[1:].islower() or not word.isalpha():
            continue
        after = text[tok.end : tok.end + 8]
        if after.startswith((", who ", *_WITH_WRITER)):
            if tok.kind in _NAME_KINDS and starts(i):
                out.append((tok.start, tok.end, "name"))
        elif after.startswith(", ") and i > 0 and _after_rank(text, toks, i):
            out.append((tok.start, tok.end, "name"))  # any word but a never-name: "Lovely"
    return out


def _after_rank(text: str, toks: list[Token], i: int) -> bool:
    """ "her eldest, Lovely, is 12": a rank, then a comma before and after the word."""
    prev = toks[i - 1]
    return prev.low in _RANKS and text[prev.end : toks[i].start] == ", "
