"""National exams named by words of their language: "Selectividad is what her parents still
call it", "Evaluare Națională was for him last year", "Suneung is the big day", "Konkur was
hard on the family".

Entrance and school-leaving exams are sat by many thousands each year, and their names
identify nobody; written with capitals and in no English list, the rules took them for
names. The list (``data/exam_names.txt``, written for this project) holds them for the
school systems of many countries; a candidate that is exactly one of them is kept.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

Candidate = tuple[int, int, str]

_DATA = Path(__file__).with_name("data") / "exam_names.txt"
_SPACES = re.compile(r"\s+")


@cache
def exam_names() -> frozenset[str]:
    """The exams of the list, read once."""
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in exam_names())


def may_hold(lows: list[str]) -> bool:
    """Cheap check: the first word of a listed exam among the text's words."""
    return not _first_words().isdisjoint(lows)


def keep_exam_names(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates that are exactly one listed exam."""
    names = exam_names()
    return [c for c in out if _SPACES.sub(" ", text[c[0] : c[1]].lower()) not in names]
