"""Case and process numbers after an agency's code: "CPCJ-PRT 448/25" (a Portuguese child
protection process, number and year), "CAS 214/08/2024" (a South African police case,
number, month and year), "Proc. 1187/24".

An upper-case code of two letters or more (perhaps hyphenated) or "Proc."/"processo" stands
before a number of three digits or more, a slash and a two-digit year, or a month and a
four-digit year. No score or blood pressure has that shape: a score's first number is at
most its scale's ("PHQ 14/27", "GAD-7 12/21"), a blood pressure's is at most 300
("BP 120/80"), and a date's first group is a day, never three digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_CODED = re.compile(
    r"(?<![\w/.-])(?:(?P<code>[A-Z]{2,}(?:-[A-Z]{2,})*)|[Pp]roc\.|[Pp]rocesso)"
    r"(?:\s+n[.º°o]*)?\s+"
    r"(?P<id>(?P<num>\d{3,7})/(?:(?P<yy>\d\d)|(?P<mm>0[1-9]|1[0-2])/(?:19|20)\d\d))"
    r"(?![\w/]|[.,]\d)"
)
# what every match holds: three digits, a slash and two more, looked for from the slash (a
# pattern opening with a literal is skipped to in C; the whole one tries every capital)
_CODED_HINT = re.compile(r"/(?<=\d\d\d/)\d\d")
# codes of a measure or a scale, which a reading follows
_MEASURE_CODES = frozenset(
    "BP HR RR PHQ GAD SPO SATS BMI MMSE MOCA BDI BAI PCL EPDS AUDIT CGI HAMD HAMA YBOCS K".split()
)
_MAX_PRESSURE = 300


def coded_references(text: str) -> Iterator[Candidate]:
    """Case and process numbers after an agency's code."""
    if "/" not in text or not _CODED_HINT.search(text):
        return
    for m in _CODED.finditer(text):
        code = m.group("code")
        if code is not None and code.split("-")[0] in _MEASURE_CODES:
            continue
        bare = code is not None and "-" not in code
        if bare and m.group("yy") is not None and int(m.group("num")) <= _MAX_PRESSURE:
            continue  # "ABC 120/80" may be a reading; "Proc. 214/25", "CPCJ-PRT 214/25" not
        yield m.start("id"), m.end("id"), "id"
