"""Months read as towns: "SAT in March, ACT in June", "EBAU is in June and Selectividad".

A month after a word of time ("in", "by", "since", "until", "during", "early", "mid") is
when something happens: the town rules, seeing "in" and a capital (and a state code such
as "ACT" after it), take it for a town. A few towns are called "March" or "May", so a
verb of living or moving before "in" ("lives in March", "moved to March") keeps the town
reading, and so do "from", "outside" and "near", which no month takes.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_TIME_BEFORE = re.compile(
    r"(?i:\b(?:in|by|since|until|till|before|after|during|early|mid|late|end\s+of|start\s+of"
    r"|beginning\s+of|middle\s+of|next|last|this|every)[ \t]+|-)$"
)
_LIVING_BEFORE = re.compile(
    r"(?i:\b(?:lives?|living|lived|based|stays?|staying|stayed|settled|grew\s+up|resides?"
    r"|moved|moving|commutes?|works?|working|house|flat|home)\b[^.;!?\n]{0,12})$"
)
_LOOK_BACK = 30


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a month's name among the text's words."""
    return not MONTHS.isdisjoint(lows)


def keep_months(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the places that are one month's name after a word of time."""
    return [c for c in out if not _month_in_time(text, c)]


def _month_in_time(text: str, cand: Candidate) -> bool:
    start, end, kind = cand
    if kind != "place" or not _MONTH.fullmatch(text, start, end):
        return False
    before = text[max(0, start - _LOOK_BACK) : start]
    time_word = _TIME_BEFORE.search(before)
    if time_word is None:
        return False
    return _LIVING_BEFORE.search(before, 0, time_word.start()) is None
