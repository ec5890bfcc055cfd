"""Phone numbers written with a slash after the trunk code, as Central and South-East Europe
write them: "063/412-775", "011/123-4567" (Serbia), "01/234-5678" (Croatia, Austria),
"030/1234567" (Germany), "0664/1234567" (Austria).

The digits are a phone number when the phone library (its metadata for the region) reads
them as a valid national number of a country that writes numbers so. A date has no trunk
"0" group of this length and continues with another slash ("05/10/2024"); a short fraction
or score ("07/10") has too few digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

Candidate = tuple[int, int, str]

_SLASHED = re.compile(
    r"(?<![\w/.,+-])\(?0\d{1,4}\)?\s?/\s?\d{2,8}(?:[-\s]\d{2,4}){0,2}(?![\w/-]|[.,]\d)"
)
_REGIONS = ("RS", "HR", "BA", "ME", "MK", "SI", "DE", "AT", "CH", "CZ", "SK")
_MIN_DIGITS = 8
_MAX_DIGITS = 12


def _valid_somewhere(value: str) -> bool:
    for region in _REGIONS:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def slashed_phones(text: str) -> Iterator[Candidate]:
    """Phone numbers with a slash after the trunk code."""
    if "/" not in text:
        return
    for m in _SLASHED.finditer(text):
        value = m.group()
        digits = sum(c.isdigit() for c in value)
        if _MIN_DIGITS <= digits <= _MAX_DIGITS and _valid_somewhere(value):
            yield m.start(), m.end(), "phone"
