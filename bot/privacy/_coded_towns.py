"""A town written with its state's postal code in brackets or before a ZIP code: "Ray
(Drain, OR) says", "(Sisters, OR)", "Paradise, CA 95969".

A town's name written with its state's code is a place whatever its words: in brackets
after a person, or before a ZIP code, "Word, ST" is how an address or a note names where
someone lives. Towns named by everyday words ("Drain", "Bend", "Sisters", "Paradise") were
kept as the words; the code right after the comma, closing the bracket or followed by five
digits, shows the town. Up to three capitalised words make the town ("Coos Bay, OR"); only
the US codes of ``_state_codes`` count (a size or grade in capitals is no state: "Medium,
XL").
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_US_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP"
).split()
_TOWN_WITH_CODE = re.compile(
    r"(?<![\w'’.-])(?P<town>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2}),\s?"
    r"(?:" + "|".join(_US_CODES) + r")(?=\s*\)|\s+\d{5}(?!\d))"
)


def may_hold(text: str) -> bool:
    """Cheap check: a comma before a capital letter and a bracket or a digit later."""
    return ", " in text and (")" in text or any(c.isdigit() for c in text))


def coded_towns(text: str) -> list[Candidate]:
    """The towns written with their state's code before a closing bracket or a ZIP code."""
    return [(m.start("town"), m.end("town"), "place") for m in _TOWN_WITH_CODE.finditer(text)]
