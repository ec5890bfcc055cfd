"""A day of the month named by the word for "date" of another language: "tanggal 12",
"tgl. 5", "tarehe 3", "ngày 12", "mùng 5", "5 tarikh", "12 tareekh ko".

Indonesian and Malay ("tanggal", "tgl"), Swahili ("tarehe") and Vietnamese ("ngày", "mùng",
"mồng") put that word before the day, Hindi, Urdu and Bengali chat ("tarikh", "tareekh",
"tarik" before "ko") after it; with or without a month, the pair names one day, as "the
12th" does. A number of hours, times or a measure after it ("ngày 2 lần", "tanggal 5 jam")
is no day; Vietnamese "ngày" without its diacritics ("ngay") is the Tagalog and Malay word of
"now", and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# what a count after the number measures ("2 lần" twice, "3 kali" three times)
_COUNTED = (
    r"(?!\s*(?:x|kali|jam|menit|hari|minggu|bulan|tahun|lần|lan|giờ|gio|phút|tiếng|người"
    r"|times?|hours?|hrs?|days?|weeks?|mins?|minutes?|years?|%|saa|mara|siku)\b|[.,:/]\d)"
)
_DAY_WORD_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?:tanggal|tgl\.?|tarehe|ngày|mùng|mồng)\s*(?P<day>{_DAY})(?!\w){_COUNTED}"
)
_DAY_WORD_AFTER = re.compile(
    rf"(?i)(?<![\w.,/:-])(?P<day>{_DAY})\s*(?:tarikh|tareekh|tareek|tarik(?=\s+ko\b))(?!\w)"
)
_HINT = re.compile(r"(?i)(?=[tnm])(?:tanggal|tgl|tarehe|ngày|mùng|mồng|tar[ie]e?kh?)")


def day_word_dates(text: str) -> Iterator[Candidate]:
    """Days of the month named by the words the module describes."""
    if not _HINT.search(text):
        return
    for pattern in (_DAY_WORD_BEFORE, _DAY_WORD_AFTER):
        for m in pattern.finditer(text):
            yield m.start("day"), m.end("day"), "date"  # the word for "date" stays
