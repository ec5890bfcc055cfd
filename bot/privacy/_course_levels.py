"""School courses named by their level and subject: "AP Bio", "AP US History", "IB Chem",
"GCSE Stats", "A Level Psych".

A course level ("AP", "IB", "GCSE", "A Level", "Higher") before a capitalised subject makes
the pair a course; the subject is often cut short ("Bio", "Calc", "Lit"), and the short form
reads to the name rules as an unknown capitalised word.

Recall first: every word after the level is a subject's short form or an everyday word
("US", "History"), at most three of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

LEVELS = frozenset("ap ib gcse gcses igcse btec higher highers".split())
# subjects as students shorten them
SHORT_SUBJECTS = frozenset(
    """
    bio chem phys calc precalc stats lit lang psych soc gov govt econ macro micro hist geo
    geog euro comp sci compsci cs apush enviro env art lang spanish french german latin
    """.split()
)
_LEVEL_BEFORE = re.compile(r"\b(AP|IB|GCSE|IGCSE|BTEC|A[ -]?[Ll]evel)\s+$")
_LEVEL_OPENING = re.compile(r"(?:AP|IB|GCSE|IGCSE|BTEC|A[ -]?[Ll]evel)\s+")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_WORDS = 3


def may_hold(text: str) -> bool:
    """Cheap check: a course level is written in capitals."""
    return "AP " in text or "IB " in text or "GCSE" in text or "evel " in text or "BTEC" in text


def keep_courses(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``out`` without the candidates that are a course level and its subject."""
    return [c for c in out if not _course(text, c, lex)]


def _course(text: str, cand: Candidate, lex: Lexicon) -> bool:
    start, end, _kind = cand
    opening = _LEVEL_OPENING.match(text, start, end)
    if opening is not None:
        start = opening.end()
    elif _LEVEL_BEFORE.search(text, max(0, start - 10), start) is None:
        return False
    words = _WORD.findall(text, start, end)
    if not words or len(words) > _MAX_WORDS:
        return False
    for word in words:
        low = word.lower()
        if not word[0].isupper():
            return False
        if low not in SHORT_SUBJECTS and low not in lex.ordinary and low not in lex.always_ordinary:
            return False
    return True
