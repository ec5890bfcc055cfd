"""The article before a date stays in the text: "on the 18th" becomes "on the [date]".

The date patterns read "the" as a cue ("the 3rd" is a day of the month where a bare "3rd"
may count sessions), but the article itself says nothing about when: the span starts at
the day.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

_ARTICLE = re.compile(r"(?i)the\s+")


def without_articles(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a leading "the" (any case) left out of each span, when more follows."""
    out: list[Candidate] = []
    for start, end, kind in found:
        article = _ARTICLE.match(text, start, end)
        if article and article.end() < end:
            start = article.end()
        out.append((start, end, kind))
    return out
