"""A season that is hard, easier or the worst for someone: "Summer is always the hardest
for this kid", "Winter is always hard for her", "Autumn was easier this year".

Summer, Autumn and Winter are given names too, and a season opening a sentence has its
capital from there. A season is hard *for* someone, or hard that year or time; a person is
hard *on* someone, hard to reach, or the first to speak. So the season's word as the subject
of "is", "was" or "has been" (one adverb and "the" may come between) with a word of
hardship or ease, followed by "for", "this", "that", "time", "season", "month" or the
sentence's end, is the season.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

SEASONS = frozenset({"summer", "winter", "autumn", "spring", "fall", "summertime", "wintertime"})
_PREDICATE = re.compile(
    r"\s+(?:is|was|has\s+been|gets|will\s+be)"
    r"(?:\s+(?:always|usually|often|never|still|also|really|so|just|typically|generally))?"
    r"(?:\s+the)?\s+"
    r"(?:hardest|hard|tough|toughest|worst|difficult|rough|busy|busiest|easier|easiest|better"
    r"|best|worse|quiet|quieter|long|longest|lonely|loneliest|heavy|heaviest|slow|dark"
    r"|darkest|bad|good|harder|tougher)"
    r"(?:\s+(?:for|this|that|time|season|months?|weeks?|of\s+the\s+year)\b|\s*[.,;!)—–]|$)"
)


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a season's word stands among the words."""
    return not SEASONS.isdisjoint(lows)


def keep_season_subjects(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the seasons that the sentence says are hard or easy."""
    return [c for c in out if not _season(text, c)]


def _season(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    if text[start:end].lower() not in SEASONS:
        return False
    return _PREDICATE.match(text, end) is not None
