"""Phone numbers of five or six digits after a word that says a phone number follows: "Her
new number is 78 45 12", "landline 24 187", "tel. 27 614".

Small countries and territories dial whole national numbers that short (New Caledonia, the
Faroes, Greenland, Andorra: six digits; Tonga, the Solomon Islands, Samoa, Vanuatu, the Cook
Islands: five; the phone library's metadata for those regions says which are valid). Only
after such a word: alone, five or six digits are a count or a sum.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

Candidate = tuple[int, int, str]

# (opens with a look-ahead for the first letters of its cue words: the engine skips the
# word boundary and the cue words where no such letter stands)
_CUED = re.compile(
    r"(?i)(?=[LlTtPpMmCcWwFfNnHhYyOo])"
    r"\b(?:landline|t[eé]l\.?|telephone|phone|mobile|cell|whatsapp|fixe|portable|t[ée]l[ée]phone"
    r"|num[ée]ro|(?:her|his|my|their|your|our)\s+(?:new\s+)?(?:number|no\.?|num[ée]ro))"
    r"(?:\s+(?:is|was|est|:))?\s*[:#-]?\s*"
    r"(?P<num>\d{2,3}(?:[ .-]\d{2,3}){1,2}|\d{5,6})"
    r"(?![\w%]|[.,-]\d|\s?\d|\s+(?:people|followers|times|pesos|euros|dollars|francs|xpf))"
)
# regions whose whole national numbers have five or six digits
_SHORT_PLAN_REGIONS = (
    "NC",
    "FO",
    "GL",
    "AD",
    "PM",
    "WF",
    "NF",
    "PF",
    "TO",
    "SB",
    "WS",
    "VU",
    "CK",
    "KI",
    "TV",
    "FK",
    "SH",
    "NU",
    "TK",
)
_MIN_DIGITS = 5
_MAX_DIGITS = 6


def _short_plan_number(value: str) -> bool:
    for region in _SHORT_PLAN_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


_HINTS = (
    "land",
    "tel",
    "tél",
    "phone",
    "mobile",
    "cell",
    "whatsapp",
    "fixe",
    "portable",
    "num",
    "no.",
    "no ",
    "nº",
)


def short_phones(text: str, lowered: str) -> Iterator[Candidate]:
    """Five- and six-digit phone numbers after a phone cue."""
    if not any(hint in lowered for hint in _HINTS):
        return
    for m in _CUED.finditer(text):
        value = m.group("num")
        if _MIN_DIGITS <= sum(c.isdigit() for c in value) <= _MAX_DIGITS and _short_plan_number(
            value
        ):
            yield m.start("num"), m.end("num"), "phone"
