"""Roles, parts and stages of therapy models written with capitals: "from Rescuer to Victim",
"the Firefighter part", "somewhere between Contemplation and Preparation".

Such a word is capitalised as a term of its model, and a preposition before it ("from",
"between") reads to the place rules as a town's cue; the words (``data/therapy_terms.txt``)
are never anyone's name, so a candidate made only of them is no identifier.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

Candidate = tuple[int, int, str]

_DATA = Path(__file__).with_name("data") / "therapy_terms.txt"
_WORD = re.compile(r"[^\W\d_]+")


@cache
def terms() -> frozenset[str]:
    """The words of the list, read once."""
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def may_hold(lows: list[str]) -> bool:
    """Whether a word of the list stands among the text's words."""
    return not terms().isdisjoint(lows)


def keep_therapy_terms(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates made only of the list's words."""
    return [c for c in out if not _only_terms(text, c)]


def _only_terms(text: str, cand: Candidate) -> bool:
    words = _WORD.findall(text, cand[0], cand[1])
    return bool(words) and all(w.lower() in terms() for w in words)
