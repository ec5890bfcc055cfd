"""A capitalised word right after a kinship word or title typed in lower case: "her aunty Mere
on the landline", "kuya Bong got him", "ate Bing called", "his lola Ruby in Tacloban".

The writer types the kinship word small and the word after it with a capital: the capital is
what marks a name there, even where the word is an everyday one ("Mere", "Bong", "Boy") and
whatever follows it (a preposition, another clause). Words the lists hold as never an
identifier stay: weekdays, months, holidays, languages, apps and "I" ("her aunty Monday visit",
"his lolo I think", "her nana English"), and so do acronyms, words typed all in capitals
and a kinship word after an English word for a relation ("calls his grandmother Lola": what
she is called is a relation).
Tagalog "ate" (elder sister) is also the English verb ("she ate Doritos"): it counts only
opening its sentence or after an owner ("her ate Precious").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._kin_address import WORDS as KIN_WORDS
from ._name_cues import _KIN_TITLES
from ._vocab import RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_OWNERS = frozenset("her his my their our your the".split())
_VERB_TOO = frozenset({"ate"})
_TITLES = _KIN_TITLES | _VERB_TOO
# a kinship word after an English word for a relation is what the person is called by:
# "calls his grandmother Lola"
_KIN = _TITLES | RELATIONS | KIN_WORDS
_SENTENCE_ENDS = frozenset(".!?:;\n")
_MIN_NAME = 2


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a kinship word or title is among the words."""
    return not _TITLES.isdisjoint(lows)


def lower_title_capitals(text: str, toks: list[Token]) -> list[Candidate]:
    """The capitalised words named by a kinship word typed in lower case before them."""
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        prev, tok = toks[i - 1], toks[i]
        if prev.low not in _TITLES or not prev.word.islower() or prev.possessive:
            continue
        if not tok.capital or tok.acronym or tok.kind is Kind.STOP or len(tok.word) < _MIN_NAME:
            continue
        if not tok.word[1:].islower() or text[prev.end : tok.start] != " ":
            continue
        if tok.low in _KIN and prev.low in RELATIONS:
            continue
        if prev.low in _VERB_TOO and not _owned_or_opening(text, toks, i - 1):
            continue
        out.append((tok.start, tok.end, "name"))
    return out


def _owned_or_opening(text: str, toks: list[Token], k: int) -> bool:
    if k > 0 and toks[k - 1].low in _OWNERS:
        return True
    before = text[: toks[k].start].rstrip(" ")
    return not before or before[-1] in _SENTENCE_ENDS
