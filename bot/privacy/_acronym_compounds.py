"""An acronym joined by a hyphen to an everyday word is a modifier, not a name: "too much
CBT-style disputing", "IFS-informed parts work", "a PTSD-focused group", "a bit CBT-ish",
"an NHS-funded place".

Practitioners build adjectives from the acronyms of their trade; the whole compound, one
token, was judged as a capitalised word and read as a name. A person is never called by an
acronym with an everyday word after it, so such a one-word name candidate is kept.

Recall first: only a name candidate that is exactly the compound; the head is two to five
capitals and nothing else, and no listed given name or surname ("MARIA-style"); the tail is
one lower-case everyday word (or "ish", "esque"); an organisation or place candidate is
left alone ("KABODA-funded" may name a local body) unless its head is an acronym of the
list that is never an identifier ("in CPS-involved families", "at NHS-funded clinics").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._vocab import KNOWN_ACRONYMS
from ._word_classes import token_range

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_HINT = re.compile(r"[A-Z]{2}-[a-z]")
_COMPOUND = re.compile(r"[A-Z]{2,5}-([a-z]+)")
_SUFFIXES = frozenset(("ish", "esque"))
_ARTICLES = frozenset(("a", "an", "the"))


def may_hold(text: str) -> bool:
    """Cheap check: two capitals, a hyphen and a small letter."""
    return _HINT.search(text) is not None


def keep_acronym_compounds(
    toks: list[Token], out: list[Candidate], ordinary: frozenset[str], lex: Lexicon
) -> list[Candidate]:
    """``out`` without the name candidates that are an acronym-and-word compound, alone or
    after an article that opens the sentence ("An ACT-style card sort")."""

    def compound(i: int) -> bool:
        m = _COMPOUND.fullmatch(toks[i].word)
        if m is None or not (m.group(1) in ordinary or m.group(1) in _SUFFIXES):
            return False
        head = toks[i].low.partition("-")[0]  # "MARIA-style": a name in capitals
        return head not in lex.given_names and head not in lex.surnames

    kept: list[Candidate] = []
    for cand in out:
        first, last = token_range(toks, cand[0], cand[1])
        if (
            (cand[2] == "name" or toks[first].word.partition("-")[0] in KNOWN_ACRONYMS)
            and last - first in (1, 2)
            and toks[first].start == cand[0]
            and toks[last - 1].end == cand[1]
            and (last - first == 1 or toks[first].low in _ARTICLES)
            and compound(last - 1)
        ):
            continue
        kept.append(cand)
    return kept
