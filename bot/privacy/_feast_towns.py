"""Feast words of other languages that are also the names of towns: "Natal" (Christmas in
Portuguese, and a city of Brazil), "Reyes", "Pascua", "Noel".

Inside a clause of the feast's language these words are kept by ``_foreign_clauses``; in an
English sentence of a note that quotes the language ("during Natal and Réveillon ... his
Mãe", "Natal was hard ... 'ele estava lá'") the town reading wins and the feast is removed.
A feast word alone, in a text that holds a word of a Romance, Malay or Filipino family or
another feast word, and after no word that leads to a place ("in", "to", "from", "em",
"para", "de"), is the feast.

Recall first: only a one-word candidate that is the feast word is dropped, and not where the
word is also removed in another candidate ("partner Natal came ... Natal was quiet"); feast
words inside such candidates, and the words of any other removed candidate ("told DE about
Pascua"), show no language; a possessive, a
title or a word that leads to a place before it, or a verb only a person does after it,
keep it a place or name; and the text must show the language by a word of its own.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import TYPE_CHECKING

from ._foreign_clauses import _FEASTS_AND_FAITH  # pyright: ignore[reportPrivateUsage]
from ._language_evidence import FILIPINO, MALAY, ROMANCE, family_words
from ._name_cues import _person_follows  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_FAMILIES = ROMANCE | MALAY | FILIPINO
# words after which a town is meant: English and Romance prepositions of place
_PLACE_LEADS = frozenset(
    "in at to from near into around outside inside via em para pra no na do da de del "
    "en a à al desde hacia hasta por lives live lived moved born".split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a feast word among the text's words."""
    return not _FEASTS_AND_FAITH.isdisjoint(lows)


def keep_feast_towns(
    text: str, toks: list[Token], lows: list[str], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``out`` without one-word candidates that are a feast word standing for the feast."""
    if _FEASTS_AND_FAITH.isdisjoint(lows):
        return out
    dropped: list[Candidate] = []
    kept: list[Candidate] = []
    for cand in out:
        k = bisect_left(toks, cand[0], key=attrgetter("start"))
        if k < len(toks) and _feast(text, toks, k, cand):
            dropped.append(cand)
        else:
            kept.append(cand)
    if not dropped:
        return out
    # "partner Natal came ... Natal was quiet": named once, the word is a name everywhere,
    # and shows no language ("Santos Reyes ... Natal")
    named = _named(text, kept)
    feasts = {low for low in lows if low in _FEASTS_AND_FAITH} - named
    # a removed word shows no language either: "told DE about Pascua" is no Portuguese "de"
    unnamed = [low for low in lows if low not in named]
    shown = len(feasts) >= 2 or family_words(unnamed, _FAMILIES, lex) >= 1
    if not shown:
        return out
    dropped = [c for c in dropped if text[c[0] : c[1]].lower() not in named]
    return [c for c in out if c not in dropped]


def _named(text: str, found: list[Candidate]) -> set[str]:
    """The lower-case words of the names and places in ``found``."""
    return {
        w.lower() for s, e, kind in found if kind in ("name", "place") for w in text[s:e].split()
    }


def _feast(text: str, toks: list[Token], k: int, cand: Candidate) -> bool:
    tok = toks[k]
    if (tok.start, tok.end) != (cand[0], cand[1]) or cand[2] not in ("name", "place"):
        return False
    if tok.low not in _FEASTS_AND_FAITH or not tok.capital or tok.possessive:
        return False
    if k > 0 and (toks[k - 1].low in _PLACE_LEADS or toks[k - 1].title):
        return False
    return not _person_follows(text, toks, k, weak=False)
