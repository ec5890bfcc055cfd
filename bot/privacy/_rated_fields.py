"""Ratings after a field's label: "Risk: Low (per Safety Plan).", "Mood: Low.", "Sleep:
Poor", "Engagement: High".

Notes are often written as fields, and the answer after the colon is capitalised as the
first word of a field is. A rating word there ("Low", "High", "Moderate", "Poor", "Good",
"None") says how much of the label there is; "Low" and "Moderate" sit in lists of
surnames, and the rules took the capitalised word for one. Unless the label asks who
("Client:", "Referred by:", "Name:"), a rating alone as a field's answer is no name.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

RATINGS = frozenset(
    """
    low lower high higher moderate medium mild severe minimal none nil good poor fair
    stable steady better worse improved improving unchanged variable mixed positive
    negative average excellent limited adequate
    """.split()
)
_FIELD_BEFORE = re.compile(
    r"(?:^|(?<=[\n.;!?])[ \t]*)[ \t]*(?P<label>[A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,2}):[ \t]*$"
)
_WHO_LABELS = frozenset(
    """name names who client clients patient by from to cc attendees present referrer
    contact parent parents carer teacher keyworker mother father guardian child son
    daughter worker sibling siblings partner""".split()
)
_LOOK_BACK = 40


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap check: a colon, and a rating word among the text's words."""
    return ":" in text and not RATINGS.isdisjoint(lows)


def keep_rated_fields(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the ratings standing alone as a field's answer."""
    return [c for c in out if not _rating(text, c)]


def _rating(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    if text[start:end].lower() not in RATINGS:
        return False
    field = _FIELD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if field is None:
        return False
    return _WHO_LABELS.isdisjoint(field.group("label").lower().split())
