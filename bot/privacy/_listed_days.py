"""A score-shaped day and month ("4/5", "3/10") listed beside a date: "4/5 & 11/5", "no-show
4/5 and 11/5", "sessions on 11/5 and 3/10", "dates: 4/5, 18/5".

The date rule keeps "4/5" as a score when no word dates it, but "11/5" and "18/5" cannot be
scores (more than the whole), and a list joins things of one kind: a score-shaped pair joined
to such a date by a comma, "&", "+", "and", "or" or a dash is a date too. Two score-shaped
pairs alone ("4/5 and 2/10 were good") stay scores.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int]

# a day first that cannot be a month or a score ("17/10", "14/5"), found by the day-first rule
_DAY_FIRST = re.compile(r"(?<![\w/.:-])(?:1[3-9]|2\d|3[01])/(?:1[0-2]|0?[1-9])(?![\w/%]|[.,:]\d)")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|&|\+|and|or|-|–|/)\s*", re.IGNORECASE)


def listed_days(text: str, scores: list[Span], dates: list[Span]) -> Iterator[Span]:
    """The ``scores`` (score-shaped pairs left out as scores) joined, directly or through
    others of them, to one of ``dates`` (slash dates found) or to a day-first date ("17/10")
    in ``text``.

    Only neighbours in the text can be joined (anything between two spans holds digits), so
    the chains ("4/5, 6/5 and 18/5") are the runs of joined neighbours, read in one pass: a
    pasted log of hundreds of ratings must not cost a pass per link."""
    is_score = set(scores)
    spans = sorted(is_score | set(dates) | {m.span() for m in _DAY_FIRST.finditer(text)})
    run: list[Span] = []
    dated = False
    for k, span in enumerate(spans):
        if k and not _joined(text, spans[k - 1], span):
            if dated:
                yield from (s for s in run if s in is_score)
            run, dated = [], False
        run.append(span)
        dated = dated or span not in is_score
    if dated:
        yield from (s for s in run if s in is_score)


def _joined(text: str, a: Span, b: Span) -> bool:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return lo <= hi and _JOIN.fullmatch(text, lo, hi) is not None
