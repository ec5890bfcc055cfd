"""Postcode districts named alone, as a part of town: "moved to LS9", "she's in the cf24
postcode now", "in the E17 area", "they're in D8 now" (Dublin), "they live in T2N"
(Canada's first half).

A full postcode is found by its shape anywhere (``_shapes``); its first half alone is read
only after a word of place ("in", "to", "from", "near") or between "the" and "area",
"postcode" or "side". It must open with a UK postcode area; in lower case it needs two
letters or two digits ("cf24", "n17": "in s3" may be a school year). Vitamins, language
levels and gases that share the shape ("low in B12", "in B2 English", "a rise in CO2") stay.
"""

from __future__ import annotations

import re

from ._digits import has_digit
from ._shapes import _LETTERED_DISTRICT_AREAS, _UK_AREAS
from ._word_classes import Candidate

_CUED = re.compile(
    r"(?i)\b(?:(?:in|to|from|near|outside|round)\s(?!the\b)|the\s(?=\w+\s(?:area|postcode|side)\b))"
    r"(?P<code>(?P<prefix>[a-z]{1,2})(?P<district>\d{1,2})(?P<letter>[a-z]?))"
    r"(?![\w/.@-]|\s?(?:mg|mcg|iu|ug|levels?|english|deficien\w*)\b)"
)
_DUBLIN = re.compile(r"^D(?:[1-9]|1\d|2[0-4]|6W)$")
_FSA = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]$")
# the same shape naming something else: vitamins, levels, gases, masks, school years
_OTHER_THINGS = frozenset("b1 b2 b3 b5 b6 b7 b9 b12 co2 ch4 l1 l2 n95 s1 s2 s3 s4 s5 s6".split())
_MIN_LOWER = 3  # "cf2", "n17": a lower-case code of one letter and one digit is too loose


def postcode_districts(text: str) -> list[Candidate]:
    """The postcode districts named after a word of place (see the module's docstring)."""
    if not has_digit(text):
        return []
    out: list[Candidate] = []
    for m in _CUED.finditer(text):
        code = m.group("code")
        if code.lower() in _OTHER_THINGS or not _district(m, code):
            continue
        out.append((m.start("code"), m.end("code"), "place"))
    return out


def _district(m: re.Match[str], code: str) -> bool:
    if code.isupper() and (_DUBLIN.match(code) or _FSA.match(code)):
        return True
    area = m.group("prefix").lower()
    if area not in _UK_AREAS:
        return False
    if m.group("letter") and area not in _LETTERED_DISTRICT_AREAS:
        return False
    if code.isupper():
        return True
    return code.islower() and len(code) >= _MIN_LOWER and not m.group("letter")
