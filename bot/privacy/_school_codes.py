"""Public schools known by a level code and a number: "PS 147", "MS 54", "I.S. 61",
"JHS 22", "P.S./M.S. 34", "ps 207" typed in lower case.

New York and some other districts name their schools by level (public, middle,
intermediate, junior high, high school) and number; the code names one school, which places
a child in a neighbourhood. Capital codes take one to three digits when dotted or joined
("P.S. 7", "PS/MS 31"), else two or three ("PS 5" is as often a games console); lower-case
codes only "ps", "ms", "jhs" (lower "is" and "hs" are everyday words) with two or three
digits. A count, a dose or a time after the number ("MS 20 mg", "ps 15 mins") keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._word_classes import Candidate

_CODE = r"(?:P\.S\.|M\.S\.|I\.S\.|J\.H\.S\.|H\.S\.|PS|MS|IS|JHS|HS)"
_PLAIN_CODE = r"(?:PS|MS|IS|JHS|HS)"
_UNITS = (
    r"(?!\d|[.,:/]\d|\s*(?:%|x\b|mg\b|ml\b|mcg\b|kg\b|lbs?\b|cm\b|km\b|mins?\b|minutes?\b"
    r"|hrs?\b|hours?\b|secs?\b|seconds?\b|days?\b|weeks?\b|wks?\b|months?\b|years?\b|yrs?\b"
    r"|times?\b|pm\b|am\b|points?\b|pts?\b))"
)
_SCHOOL_CODE = re.compile(
    # the first letters of its codes: the engine skips in C
    r"(?=[PMIJHpmj])"
    r"(?:\b" + _CODE + r"\s?/\s?" + _CODE + r"\s?\d{1,3}"  # "P.S./M.S. 218", "PS/MS 31"
    r"|\b(?:P\.S\.|M\.S\.|I\.S\.|J\.H\.S\.|H\.S\.)\s?\d{1,3}"  # "I.S. 61"
    r"|\b" + _PLAIN_CODE + r"\s?\d{2,3}"  # "MS 391", "PS19"
    r"|\b(?:ps|ms|jhs)\s\d{2,3})"  # "ps 189"
    r"\b" + _UNITS
)


def school_codes(text: str) -> Iterator[Candidate]:
    """Schools named by a level code and a number ("PS 147", "ms 54")."""
    for m in _SCHOOL_CODE.finditer(text):
        yield m.start(), m.end(), "org"
