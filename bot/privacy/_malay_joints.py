"""Lower-case function words of Indonesian and Malay inside name and place candidates.

Chat in Indonesian or Malay joins people and places with short function words that are
also given names or name particles elsewhere: "nenek dan bapaknya ikut" (grandma and her
father came) is read as "nenek Dan", and "kebun deng Mama Yosina di Oesapa" as one name
with the particle "di" (as in "Leonardo di Caprio"). In a text that shows the family well
(four distinct function words of Indonesian or Malay and of no other language, "bilang",
"sudah", "yang"), a lower-case function word of the family (stopwords-iso, through
``tables().langs``) is no part of a name: a candidate is cut at it, and a piece left with
only words of address ("nenek", "bapak") or such function words names no one.

Recall first: capitalised words are never cut at, a piece holding any other word keeps its
kind, and the text must show the family by words that belong to no other language.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import TYPE_CHECKING

from ._function_words import tables
from ._kin_address import WORDS as ADDRESS_WORDS
from ._language_evidence import MALAY, family_words

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_MIN_EVIDENCE = 4  # distinct words of the family, and of no other language, in the text
_CHEAP = frozenset({"dan", "di", "ke", "dari", "yang", "sama", "atau", "untuk", "dengan"})


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a common Indonesian or Malay joining word among the text's words."""
    return not _CHEAP.isdisjoint(lows)


def _joint(tok: Token) -> bool:
    """A lower-case function word of the family that is no word of address ("pak Ruslan")."""
    langs = tables().langs.get(tok.low)
    return (
        not tok.capital
        and langs is not None
        and not MALAY.isdisjoint(langs)
        and tok.low not in ADDRESS_WORDS
    )


def without_malay_joints(
    toks: list[Token], lows: list[str], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``out`` with candidates cut at lower-case Indonesian or Malay function words."""
    if family_words(lows, MALAY, lex, only=True) < _MIN_EVIDENCE:
        return out
    kept: list[Candidate] = []
    for cand in out:
        k = bisect_left(toks, cand[0], key=attrgetter("start"))
        idx: list[int] = []
        while k < len(toks) and toks[k].end <= cand[1]:
            idx.append(k)
            k += 1
        if cand[2] not in ("name", "place", "org") or not any(_joint(toks[k]) for k in idx):
            kept.append(cand)
            continue
        piece: list[int] = []
        for k in [*idx, -1]:
            if k >= 0 and not _joint(toks[k]):
                piece.append(k)
                continue
            if piece and not all(toks[i].low in ADDRESS_WORDS for i in piece):
                start = max(cand[0], toks[piece[0]].start)
                kept.append((start, min(cand[1], toks[piece[-1]].end), cand[2]))
            piece = []
    return kept
