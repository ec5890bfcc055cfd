"""Hospitals named the Spanish and Portuguese way, the kind word first: "admitted to Hospital
Escuela", "he was in Hospital Bloom", "the interview at the Hospital Rosales".

"Hospital" is an everyday word (and one of ``_kind_words``'s English words left out), so a
capitalised "Hospital" is kept as safe, and the word after it is kept too when it is itself
an everyday word or a kind word of another language ("Escuela"). In English order the kind
word comes last ("Royal Hospital"); a capitalised "Hospital" in mid-sentence, after a
preposition or article, with capitalised words after it, opens the hospital's own name.

Kept: "Hospital" after a capitalised word ("Mercy Hospital", read elsewhere), at the start
of a line or sentence ("Hospital Visits: two"), and before words of a kind of service, unit
or place ("at Hospital Reception"), an everyday plural ("to Hospital Outpatients"), a title,
weekday, month, letter or acronym ("Hospital A&E").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._capital_employers import _KIND_WORDS
from ._kind_words import TRIGGERS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_HEADS = frozenset({"Hospital", "Hospitál", "Hôpital"})
_BEFORE = frozenset("to at in from into the a of by with".split())
# Spanish and Portuguese words joining the name ("Hospital de Clínicas")
_JOINERS = frozenset("de del da do dos das la el".split())
_MAX_WORDS = 3


def may_hold(text: str) -> bool:
    """Cheap test: a capitalised hospital word stands in the text."""
    return "Hospital" in text or "Hôpital" in text or "Hospitál" in text


def hospital_first_names(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "Hospital Escuela", "Hospital Bloom": a capitalised "Hospital" and the name after it."""
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if tok.word not in _HEADS:
            continue
        prev = toks[i - 1]
        if prev.capital or prev.low not in _BEFORE or text[prev.end : tok.start] != " ":
            continue
        last = _name_last(text, toks, i)
        if last > i and " ".join(t.low for t in toks[i : last + 1]) not in lex.phrases:
            out.append((tok.start, toks[last].end, "org"))
    return out


def _name_last(text: str, toks: list[Token], i: int) -> int:
    """The last word of the name after ``toks[i]``, or ``i`` when no name follows."""
    last = i
    j = i + 1
    while (
        j < len(toks) and j - i <= _MAX_WORDS + 1 and text[toks[j - 1].end : toks[j].start] == " "
    ):
        tok = toks[j]
        if tok.low in _JOINERS and j + 1 < len(toks) and toks[j + 1].capital:
            j += 1
            continue
        if not _name_word(tok):
            break
        last = j
        if tok.possessive:
            break
        j += 1
    return last


def _name_word(tok: Token) -> bool:
    if not tok.capital or tok.acronym or tok.title or tok.initial or len(tok.low) < 2:
        return False
    if tok.kind is Kind.ORDINARY and tok.low.endswith("s"):
        return False  # a plural noun names a unit or a visit ("Hospital Outpatients")
    if tok.kind is Kind.STOP and tok.low not in TRIGGERS:
        return False  # a weekday, month or holiday ("Hospital Monday"); "Escuela" goes on
    return tok.low not in _KIND_WORDS
