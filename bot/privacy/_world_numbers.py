"""Numbers whose shape alone says who they belong to, as other countries write them.

A Chilean RUT ("12.345.678-9", "9.876.543-K") and a Brazilian CPF ("123.456.789-09") are
dotted groups of three closed by a check digit; nothing else is written so. A phone number
in dotted pairs ("27.45.12", "40.12.34.56") is how New Caledonia, French Polynesia and France
write them; a date in that shape is an identifier as well, and the date layer, tried first,
keeps it as a date."""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_CHECKED_ID = re.compile(
    r"(?<![\w.-])(?:\d{1,2}\.\d{3}\.\d{3}-[\dkK]|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\w-]|\.\d)"
)
_DOTTED_PAIRS = re.compile(r"(?<![\w.,-])\d{2}(?:\.\d{2}){2,4}(?![\w-]|[.,]\d)")


def world_ids(text: str) -> Iterator[Candidate]:
    """RUT and CPF numbers in ``text``."""
    if "." not in text:
        return
    for m in _CHECKED_ID.finditer(text):
        yield m.start(), m.end(), "id"


def dotted_phones(text: str) -> Iterator[Candidate]:
    """Phone numbers written in three to five dotted pairs."""
    if "." not in text:
        return
    for m in _DOTTED_PAIRS.finditer(text):
        yield m.start(), m.end(), "phone"
