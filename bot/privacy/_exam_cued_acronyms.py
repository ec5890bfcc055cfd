"""Exams named by an acronym after a verb of preparing, passing or failing one: "prepares
for the YKS", "she failed the ENEM twice", "revising for her DELF"; or by one capitalised
word after "the" there ("studying for the Konkur", "sat the Bagrut").

National entrance and school-leaving exams (YKS, ENEM, EGE, DELE, PAU, GCSE) are sat by
hundreds of thousands each year and name nobody. ``_kept_figures`` keeps one followed by
"exam", "results" or "test"; second-language writers as often name the exam alone after
the verb, and there the verb says what the letters are. Only capitals are kept this way,
and only right after the verb and its article or owner: "failed the PKO interview" (a
word after the letters) stays with the rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._word_classes import Candidate

# the cue verbs, one of which a text must hold (a cheap gate on its words)
_VERBS = frozenset(
    """
    prepare prepares prepared preparing study studies studied studying revise revises revised
    revising cramming pass passed passes passing fail failed fails failing retake retakes
    retaking retook sat sit sits sitting resat
    """.split()
)
_CUED = re.compile(
    r"(?i:(?:prepar(?:e|es|ed|ing)|stud(?:y|ies|ied|ying)|revis(?:e|es|ed|ing)|cramming)"
    r"[ \t]+for|pass(?:ed|es|ing)?|fail(?:ed|s|ing)?|retak(?:e|es|ing)|retook|sat|sit(?:s|ting)?"
    r"|re-?sat)"
    r"[ \t]+(?:(?i:the|her|his|their|my|this year's|last year's)[ \t]+)?$"
)
_LETTERS = re.compile(r"[A-Z]{2,6}")
_WORD = re.compile(r"[A-Z][^\W\d_A-Z]{2,}")
_THE = re.compile(r"(?i:\bthe)[ \t]+$")
_AFTER = re.compile(
    r"[ \t]*(?:[.,;:!?)\n]|$|(?:in|on|at|this|last|next|again|twice|once|with|and|but|so)\b)"
)
_LOOK_BACK = 40


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a cue verb among the lower-case words."""
    return not _VERBS.isdisjoint(lows)


def exam_cued(text: str, cand: Candidate) -> bool:
    """Capitals, or one capitalised word after "the", right after a verb of preparing for,
    passing or failing an exam."""
    start, end, _ = cand
    if not _AFTER.match(text, end):
        return False
    if _LETTERS.fullmatch(text, start, end):
        return _CUED.search(text, max(0, start - _LOOK_BACK), start) is not None
    # "studying for the Konkur", "she failed the Selectividad": one capitalised word, after
    # "the" only (a person's name takes none: "passed Maria in the hall")
    if not _WORD.fullmatch(text, start, end):
        return False
    cued = _CUED.search(text, max(0, start - _LOOK_BACK), start)
    return cued is not None and _THE.search(cued.group()) is not None


# "the Bagrut results", "the Panhellenic exams": one capitalised word before a noun only an
# exam has ("tests" and "scores" are verbs too: "Ana scores seven")
_EXAM_NOUN_AFTER = re.compile(r"[ \t]+(?:exams?|examinations?|results|certificates?)\b")
EXAM_NOUNS = frozenset(
    "exam exams examination examinations results certificate certificates".split()
)


def exam_named_before(text: str, cand: Candidate, listed: Callable[[str], bool]) -> bool:
    """One capitalised word after "the", in no list of names or towns, before "exam(s)" or
    "results" ("the Bagrut results"; a surname in no list needs no "the": "Kowalczyk exams
    start Monday")."""
    start, end, _ = cand
    if not _WORD.fullmatch(text, start, end) or listed(text[start:end].lower()):
        return False
    if _THE.search(text, max(0, start - 5), start) is None:
        return False
    return _EXAM_NOUN_AFTER.match(text, end) is not None
