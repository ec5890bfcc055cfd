"""Numbers whose shape alone says who they belong to, as other countries write them.

A Chilean RUT ("12.345.678-9", "9.876.543-K") and a Brazilian CPF ("123.456.789-09") are
dotted groups of three closed by a check digit; nothing else is written so. A phone number
in dotted pairs ("27.45.12", "40.12.34.56") is how New Caledonia, French Polynesia and France
write them; a date in that shape is an identifier as well, and the date layer, tried first,
keeps it as a date. Two groups of four digits ("6612 3456") are how Macau, Hong Kong,
Singapore, Bhutan and many small states write a phone number; a day and a two-digit month
joined by a dot ("14.02") are a date as most of Europe writes one; a capital and six to eight
digits ("A1234567"), or eight digits and a capital ("45873921K"), are an identity card's or
a passport's number."""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

# Each pattern opens with the character it needs first (a digit, a capital) and only then
# looks behind it: the regex engine then skips to such characters in C, instead of trying
# the look-behind at every position of the text. The matches are those of a look-behind
# written first.

_CHECKED_ID = re.compile(
    r"\d(?<![\w.-]\d)(?:\d?\.\d{3}\.\d{3}-[\dkK]|\d{2}\.\d{3}\.\d{3}-\d{2})(?![\w-]|\.\d)"
)
_FOUR_FOUR = re.compile(r"(\d(?<![\w.,/$€£+:-]\d)(?<!\d \d)\d{3}) (\d{4})(?![\w/:-]|[.,]\d| \d)")
_DAY_MONTH = re.compile(
    r"[0-3](?<![\w.,/$€£:-][0-3])(?:(?<=0)[1-9]|(?<=[12])\d|(?<=3)[01])\.(?:0[1-9]|1[0-2])"
    r"(?![\w/%-]|[.,:]\d"
    r"|\s*(?:[ap]\.?m\b|h\b|hrs?\b|uhr\b|kg|mg|ml|km|cm|mm|lbs?\b|kilos?\b|euros?\b|€|\$|£))"
)
# A time, a score, a price or a version before the number: "at 10.05", "version 12.04"
_NOT_DATE_BEFORE = re.compile(
    r"(?i)(?:\b(?:at|um|à|alle|las|kl|klo|version|ver|v|ios|android|score|scored|bmi|rate"
    r"|rs|usd|eur|gbp|costs?|paid|price|weighs?|weight)\s*|[$€£])$"
)
_LETTER_DIGITS = re.compile(
    r"[A-Z\d](?<![\w/.-][A-Z\d])(?:(?<=[A-Z])\d{6,8}|(?<=\d)\d{7}[A-Z])(?![\w/-])"
)
_DOTTED_PAIRS = re.compile(r"\d(?<![\w.,-]\d)\d(?:\.\d{2}){2,4}(?![\w-]|[.,]\d)")


def world_ids(text: str) -> Iterator[Candidate]:
    """RUT and CPF numbers, and identity card and passport numbers, in ``text``."""
    if "." in text:
        for m in _CHECKED_ID.finditer(text):
            yield m.start(), m.end(), "id"
    yield from card_numbers(text)


def dotted_phones(text: str) -> Iterator[Candidate]:
    """Phone numbers written in three to five dotted pairs, or in two groups of four."""
    if "." in text:
        for m in _DOTTED_PAIRS.finditer(text):
            yield m.start(), m.end(), "phone"
    for m in _FOUR_FOUR.finditer(text):
        if not (_is_year(m.group(1)) and _is_year(m.group(2))):
            yield m.start(), m.end(), "phone"


def day_months(text: str) -> Iterator[Candidate]:
    """ "14.02": a day and a two-digit month, with no time, price or version said before."""
    if "." not in text:
        return
    for m in _DAY_MONTH.finditer(text):
        if not _NOT_DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            yield m.start(), m.end(), "date"


def card_numbers(text: str) -> Iterator[Candidate]:
    """ "A1234567", "45873921K": an identity card's or a passport's number."""
    for m in _LETTER_DIGITS.finditer(text):
        yield m.start(), m.end(), "id"


def _is_year(digits: str) -> bool:
    return digits[:2] in ("19", "20")
