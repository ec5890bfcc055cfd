"""A listed town or neighbourhood of everyday words, capitalised after "in the", "from the",
"near the" or "to the": "They live in the Sunset.", "drum group in the North End",
"moved from the Heights to the Sunset".

Cities name some of their neighbourhoods with an article ("the Sunset", "the North End",
"the Mission"): their words are everyday words, so a capitalised run of them is left alone
as a writer's capitals ("the Miracle Question"). After a preposition of place and "the", a
run of one or two capitalised words (not opening a sentence) that the list of towns holds
whole, and that is no region, is the place, when the clause ends after it or goes on only
with a small word. Nouns of a kind of place ("the Valley", "the Center", "the Temple",
"the Springs", "the Medina", "the Marina", "the Old City") name a kind as often as a place
and stay, as do months and weekdays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._lower_listed_towns import clause_ends
from ._term_context import _PLACE_ORG_NOUNS
from ._vocab import AREA_SUFFIXES, ORG_SUFFIXES
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_PREPS = frozenset("in from near to".split())
# single words that name a kind of place or body: "in the Valley", "at the Temple"
_KIND_NOUNS = (
    AREA_SUFFIXES
    | ORG_SUFFIXES
    | _PLACE_ORG_NOUNS
    | frozenset(
        "valley center centre temple grove ridge glen springs lakes highlands mission city "
        # old quarters, centres and harbours of any town: "in the Medina", "near the Marina"
        "medina kasbah souk souq downtown uptown midtown oasis marina harbour harbor airport "
        "port".split()
    )
)
# two words that name a part of any town: "to the Old City", "in the Old Town"
_KIND_RUNS = frozenset(
    {"old city", "old town", "new town", "old quarter", "city centre", "town centre"}
)
_MAX_WORDS = 2


# (looked for from "the ", a literal the engine skips to in C; one look-behind per length)
_CUE = re.compile(r"the [A-Z](?:(?<=\b(?:in|to) the [A-Z])|(?<=\b(?:from|near) the [A-Z]))")


def may_hold(text: str) -> bool:
    """Cheap test: a preposition of place, "the" and a capital follow each other."""
    return _CUE.search(text) is not None


def the_listed_towns(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "in the Sunset", "in the North End": see the module."""
    out: list[Candidate] = []
    for i in range(2, len(toks)):
        the, prep, first = toks[i - 1], toks[i - 2], toks[i]
        if the.word != "the" or prep.word not in _PREPS or not first.capital:
            continue
        if text[prep.end : the.start] != " " or text[the.end : first.start] != " ":
            continue
        end = _listed_run_end(text, toks, i, lex)
        if end:
            out.append((first.start, toks[end].end, "place"))
    return out


def _listed_run_end(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """The index of the last word of a listed town of capitalised words from ``i``, or 0."""
    best = 0
    for k in range(i, min(i + _MAX_WORDS, len(toks))):
        tok = toks[k]
        if not tok.capital or tok.acronym or tok.kind is Kind.STOP or not tok.word.isalpha():
            break
        if k > i and (text[toks[k - 1].end : tok.start] != " " or toks[k - 1].possessive):
            break
        run = " ".join(t.low for t in toks[i : k + 1])
        if run not in lex.places or run in lex.regions:
            continue
        if (k == i and run in _KIND_NOUNS) or run in _KIND_RUNS:
            continue
        if clause_ends(text, toks, k):
            best = k
    return best
