"""A capitalised word between a possessive and a word for a relative is that relative's
name: "her Jayaram mama", "my Rakesh uncle", "his Priya didi", "our Boyet kuya".

South Asian and Filipino English put the name before the kinship word, and after a
possessive the word is otherwise read as a thing owned ("her Fitbit", "his Xbox") and
kept. Everyday words, demonyms and listed safe words ("her Muslim aunty", "my Canadian
uncle", "his Eid uncle") stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_OWNERS = frozenset("her his my their our your".split())
# words for relatives and elders said after a name
KIN_AFTER_NAMES = frozenset(
    "uncle aunty auntie aunt mama mami mamu chacha chachi chachu mausi masi mausa bua phupho "
    "phuppo didi bhaiya bhai bhabhi anna akka thatha paati kaka kaki nana nani dada dadi "
    "tita tito kuya ate lola lolo manang manong ninang ninong".split()
)
_NAMED = frozenset({Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME})


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a word for a relative said after a name is in the text."""
    return not KIN_AFTER_NAMES.isdisjoint(lows)


def owned_named_kin(text: str, toks: list[Token]) -> list[Candidate]:
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        owner, tok, kin = toks[i - 1], toks[i], toks[i + 1]
        if kin.low not in KIN_AFTER_NAMES or owner.low not in _OWNERS or owner.capital:
            continue
        if not tok.capital or tok.acronym or tok.possessive or tok.kind not in _NAMED:
            continue
        if text[owner.end : tok.start] != " " or text[tok.end : kin.start] != " ":
            continue
        out.append((tok.start, tok.end, "name"))
    return out
