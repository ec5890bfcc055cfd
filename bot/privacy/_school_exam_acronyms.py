"""National exams named by their letters in talk of school: "YKS prep is eating his life",
"NMT next month", "ENEM in November, he studied", "LGS was his sister's exam last year",
"EBAU is in June".

Entrance and school-leaving exams (YKS, LGS, ENEM, NMT, EBAU, KCSE, WAEC, PSLE, HKDSE)
are sat by hundreds of thousands and name nobody. ``_exam_cued_acronyms`` keeps them after
a verb of preparing or passing; here the words after the letters say the same: what an
exam has ("prep", "revision", "results", "mocks"), when it falls ("in June", "is in
November", "next month"), or that it was someone's exam ("was his sister's exam"). Only in
a text that speaks of school or study (a gate word), only letters that open their clause
(a school or employer is where someone goes: "started at UCD in September" stays
removed), and only capitals of two to six letters.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

# words of school or study, one of which the text must hold
STUDY_WORDS = frozenset(
    """
    exam exams examination examinations study studies studied studying studying revise
    revises revised revising revision school maths math subject subjects grades grade
    university uni college test tests mock mocks homework teacher teachers library
    prep tutor tutoring classes class
    """.split()
)
_LETTERS = re.compile(r"[A-Z]{2,6}")
_OPENS = re.compile(r"(?:^|[.!?;:\n(]\s*|,\s+|\b(?:and|but|then|the|her|his|their|my)\s+)$")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|spring|summer|autumn|winter|the\s+(?:spring|summer|autumn|winter|fall))"
)
_AFTER = re.compile(
    r"[ \t]+(?:"
    r"(?:prep|preparation|revision|results|mocks?|practice|season|stress|nerves|scores?"
    r"|exams?|papers?)\b"
    rf"|(?:(?:is|was|are|were)[ \t]+)?in[ \t]+{_MONTH}\b"
    r"|(?:is[ \t]+)?next[ \t]+(?:week|month|term|year|spring|summer)\b"
    r"|(?:is|was)[ \t]+(?:(?:his|her|their|my|your|the)[ \t]+)?(?:\w+['’]s[ \t]+)?"
    r"(?:exam|test|entrance\s+exam)\b"
    r")"
)
_LOOK_BACK = 6


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a word of school or study among the text's words."""
    return not STUDY_WORDS.isdisjoint(lows)


def keep_exam_acronyms(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the letters that name an exam by what follows them."""
    return [c for c in out if not _exam_letters(text, c)]


def _exam_letters(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    if not _LETTERS.fullmatch(text, start, end):
        return False
    if _OPENS.search(text, max(0, start - _LOOK_BACK), start) is None:
        return False
    return _AFTER.match(text, end) is not None
