"""Streets whose last word is "Dr" (Drive), which reads as a doctor's title: "they live off
Memorial Dr in Clarkston", "on Martin Luther King Dr".

The capitalised words right before "Dr" name the street when a word of place ("on", "off",
"along", "near", "at") opens them and no capitalised word follows "Dr" (so "Dr Patel" and
"on Friday Dr Patel" stay to the name rules).
"""

from __future__ import annotations

from ._word_classes import Candidate, Token

_PREPS = frozenset("on off along near at onto past from".split())
_MAX_WORDS = 4
# "saw her on Friday Dr. said": a day before the title is no street's name
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def drive_streets(text: str, toks: list[Token]) -> list[Candidate]:
    """The streets named by capitalised words and "Dr" (see the module's docstring)."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.word != "Dr" or i < 2:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        after = text[tok.end : nxt.start] if nxt else ""
        if nxt and nxt.capital and after.strip(". ") == "":
            continue  # "Dr Patel", "Dr. Patel"
        k = i - 1
        while (
            k >= 0
            and i - k <= _MAX_WORDS
            and toks[k].capital
            and toks[k].low not in _WEEKDAYS
            and text[toks[k].end : toks[k + 1].start] == " "
        ):
            k -= 1
        if k == i - 1 or k < 0 or toks[k].low not in _PREPS:
            continue
        if text[toks[k].end : toks[k + 1].start] != " ":
            continue
        out.append((toks[k + 1].start, tok.end, "place"))
    return out
