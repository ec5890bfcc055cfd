"""Dates written with Arabic-Indic (٠-٩) or Persian (۰-۹) digits: "٣/٥", "١٥/٠٨/٢٠٢٣",
"۱۴۰۲/۰۵/۱۲", "٥ مارس", "۱۲ فروردین".

The digits are read as their ASCII values, one character for one, so that a day and a month
(either order, with "/", "-" or ".", perhaps a year), a year first (the Persian and ISO
order), or a day before a month named in Arabic or Persian are found where they stand. Dates
in ASCII digits are left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._script_dates import script_dates

Candidate = tuple[int, int, str]

_EASTERN = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
_TO_ASCII = str.maketrans(_EASTERN, "0123456789" * 2)
_HAS_EASTERN = re.compile(f"[{_EASTERN}]")
_SEP = r"[/.\-٫]"
_NUMERIC = re.compile(
    rf"(?<![0-9{_SEP[1:-1]}])(?:(?P<y>\d{{4}}){_SEP}(?P<m1>\d{{1,2}}){_SEP}(?P<d1>\d{{1,2}})"
    rf"|(?P<a>\d{{1,2}}){_SEP}(?P<b>\d{{1,2}})(?:{_SEP}(?P<yy>\d{{2}}|\d{{4}}))?)"
    rf"(?![0-9]|{_SEP}[0-9])",
    re.ASCII,
)
_MAX_DAY = 31
_MAX_MONTH = 12


def eastern_digit_dates(text: str) -> Iterator[Candidate]:
    """Dates above whose digits are Arabic-Indic or Persian."""
    if not _HAS_EASTERN.search(text):
        return
    ascii_text = text.translate(_TO_ASCII)
    for m in _NUMERIC.finditer(ascii_text):
        if _HAS_EASTERN.search(text, m.start(), m.end()) and _valid(m):
            yield m.start(), m.end(), "date"
    for start, end, kind in script_dates(ascii_text):
        if _HAS_EASTERN.search(text, start, end):
            yield start, end, kind


def _valid(m: re.Match[str]) -> bool:
    if m.group("y"):
        month, day = int(m.group("m1")), int(m.group("d1"))
        return 1 <= month <= _MAX_MONTH and 1 <= day <= _MAX_DAY
    a, b = int(m.group("a")), int(m.group("b"))
    day_first = 1 <= a <= _MAX_DAY and 1 <= b <= _MAX_MONTH
    month_first = 1 <= a <= _MAX_MONTH and 1 <= b <= _MAX_DAY
    return day_first or month_first
