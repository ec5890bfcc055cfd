"""A name opening an answer or a sentence right before a score: "Teuila 7/10 today",
"Olusegun 8/10 after the weekend", "Bronwyn 7 out of 10 this week".

Chat notes open with whom they score. A capitalised word in no list of everyday words, or a
listed name, one space before "N/10" or "N out of 10" is that person; an everyday word there is
what was scored ("Sleep 6/10", "Mood 7/10", "Hope 6/10") and stays, and so do the words for a
scale, a score or a mood of other languages ("Skala 5/10", "Humeur 6/10") and a label or a
summing-up word set off by a colon or comma ("Échelle: 7/10", "Bref, 8/10").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._language_context import _ALL_FUNCTION_WORDS as _FUNCTION_WORDS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# one space, then the score: "Échelle: 7/10", "Bref, 8/10" label or sum up a note instead
_SCORE = re.compile(r" \d{1,2}(?:[.,]5)?\s*(?:/\s*10|out\s+of\s+10)\b", re.IGNORECASE)
# "scale", "score", "mood" and the like in the languages of the notes: what was scored
_SCORED_THINGS = frozenset(
    """
    skala skála skaala skaal escala échelle echelle scala schaal skal score puntaje
    puntuación puntuacion pontuação pontuacao nota note punteggio wertung bewertung puan
    ölçek olcek stimmung humeur ánimo animo humor umore nastrój nastroj nálada nalada
    hangulat mieliala tâm trạng mood
    """.split()
)
_OPENS = re.compile(r"(?:^|[.!?:;\n]\s*|[-•*]\s+)$")
_MIN_NAME = 3


def may_hold(text: str) -> bool:
    """Cheap test: a score out of ten stands in the text."""
    return "/10" in text or "/ 10" in text or "of 10" in text


def scored_openers(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """The names opening a sentence right before their score."""
    out: list[Candidate] = []
    for tok in toks:
        if not tok.capital or tok.possessive or tok.acronym or len(tok.word) < _MIN_NAME:
            continue
        if not tok.word[1:].islower() or not _SCORE.match(text, tok.end):
            continue
        if not _OPENS.search(text, max(0, tok.start - 3), tok.start):
            continue
        if tok.low in _SCORED_THINGS or tok.low in _FUNCTION_WORDS:
            continue
        if tok.kind is Kind.UNKNOWN or (tok.kind is Kind.NAME and tok.low not in lex.ordinary):
            out.append((tok.start, tok.end, "name"))
    return out
