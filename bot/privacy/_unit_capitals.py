"""A unit of measure written in capitals after its number is the unit, not someone's
initials: "50 MG of sertraline", "ran 5 KM", "weighs 60 KG", "5 ML twice a day". Initials
after a number keep going when the letters are no unit ("in Year 9 JB said")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate

# units of weight, volume, length, dose and time that notes write after a number
UNITS = frozenset(
    "mg mcg kg kgs g lb lbs ml l km kms cm mm m mi ft oz hr hrs min mins iu mmol".split()
)
_NUMBER_BEFORE = re.compile(r"\d ?$")
_UNIT_AFTER_NUMBER = re.compile(r"\d ?[A-Z]{1,4}\b")


def may_hold_unit_capitals(text: str) -> bool:
    """The cheap gate: a number with capitals right after it."""
    return _UNIT_AFTER_NUMBER.search(text) is not None


def keep_unit_capitals(text: str, out: list[Candidate]) -> list[Candidate]:
    """Drop candidates that are a unit after its number (see the module)."""
    return [
        c
        for c in out
        if not (
            text[c[0] : c[1]].lower() in UNITS
            and _NUMBER_BEFORE.search(text, max(0, c[0] - 2), c[0]) is not None
        )
    ]
