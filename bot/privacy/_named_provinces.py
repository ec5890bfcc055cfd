"""A province or state named as one: "both from Enga Province", "she's from Cebu province",
"the family is from Guerrero state".

Safe Harbor lets a state be kept, and a province or a country's state is the same level of
place. A capitalised name with the word "province" after it (in either case), or "state" in
lower case, is named as the province or state, not as the town of the same name ("Cebu
City"), whatever lists it is in. A capitalised "State" after a name is left alone: "Boise
State", "Penn State" are universities, "Lagos State" is read by the rules of states. Recall
first: only a candidate of one or two capitalised words right before the word is kept, or one
that ends in "Province" itself; a name after "of" ("the governor of Cebu province") is kept
the same.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

_AFTER = re.compile(r" (?:[Pp]rovince|state)\b")
_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?: Province)?")


def may_hold(text: str) -> bool:
    """Cheap check: the word "province" or "state" in the text."""
    return "rovince" in text or " state" in text


def keep_named_provinces(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates that are a province or state named as one."""
    return [c for c in out if not _named_province(text, c)]


def _named_province(text: str, cand: Candidate) -> bool:
    start, end, kind = cand
    if kind not in ("place", "name", "org") or not _NAME.fullmatch(text, start, end):
        return False
    if text.endswith(" Province", start, end) and end - start > len(" Province"):
        return True
    return _AFTER.match(text, end) is not None
