"""Days written with a month in a form the calendar tables lack.

- Thai: the dotted abbreviations ("5 ธ.ค.", "12 มี.ค. 67") and the spoken short months
  ("12 สิงหา", "วันที่ 3 ตุลา"), after a day in Arabic or Thai digits;
- Haitian Creole: "12 oktòb", "1ye janvye", "3 desanm" (months that are also English or
  French words, "mas", "me", "jen", "out", count only after "1ye", the first);
- Malay: the day with "hb" (hari bulan), "16hb Disember", "3 hb. Mac";
- Estonian: a month in a case ending after the day, "3. märtsil", "12. juunist",
  "1. septembrini".

A month named alone stays, as months do in English ("in oktòb", "ธันวาคม").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_DAY = r"(?:[12]\d|3[01]|0?[1-9]|[๑-๓][๐-๙]|[๑-๙])"
_THAI_MONTHS = (
    # abbreviations, then the spoken short forms (the full names are in _script_dates)
    "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค. "
    "มกรา กุมภา มีนา เมษา พฤษภา มิถุนา กรกฎา สิงหา กันยา ตุลา พฤศจิกา ธันวา"
).split()
_THAI = re.compile(
    rf"(?<![\w.])(?:วันที่\s*)?{_DAY}\s*(?:"
    + "|".join(re.escape(m) for m in sorted(_THAI_MONTHS, key=len, reverse=True))
    + r")(?:\s*(?:พ\.ศ\.\s*)?(?:25\d\d|\d\d)(?!\d))?"
)
_CREOLE_MONTHS = r"(?:janvye|fevriye|fevrye|avril|jiy[eè]|septanm|okt[oò]b|novanm|desanm)"
_CREOLE = re.compile(
    rf"(?i)(?<![\w.])(?:1ye\s+(?:{_CREOLE_MONTHS}|mas|me|jen|out)|{_DAY}\s+{_CREOLE_MONTHS})"
    r"(?:\s+(?:19|20)\d\d)?(?![^\W\d_])"
)
_MALAY = re.compile(
    rf"(?i)(?<![\w.]){_DAY}\s?hb\.?\s*"
    r"(?:januari|februari|mac|april|mei|jun|julai|ogos|september|oktober|november|disember)"
    r"(?:\s+(?:19|20)\d\d)?(?![^\W\d_])"
)
# Estonian genitive stems and the case endings a date takes ("märtsil", "juunist")
_ESTONIAN = re.compile(
    rf"(?i)(?<![\w.]){_DAY}\.?\s?"
    r"(?:jaanuari|veebruari|märtsi|aprilli|juuni|juuli|augusti|septembri|oktoobri|novembri"
    r"|detsembri)(?:l|s|st|ni|ks)(?![^\W\d_])"
    rf"|(?<![\w.]){_DAY}\.\s?mai(?:l|s|st|ni|ks)(?![^\W\d_])"
)
_THAI_CHARS = re.compile(r"[\u0e00-\u0e7f]")
# what each pattern needs, found in one search over the lower-cased text (most texts: none)
_CREOLE_HINT = re.compile(r"vr?i?ye|avril|jiy|anm|okt[oò]b|1ye")
# the Estonian hint as words looked for one by one, and a pattern opening with its literal
# full stop (searched faster than the one alternation, which is tried at every character):
# "uari|märts|aprilli|juun|juul|augusti|embri|oktoobri|\d\.\s?mai"
_ESTONIAN_WORDS = ("uari", "märts", "aprilli", "juun", "juul", "augusti", "embri", "oktoobri")
_ESTONIAN_MAI = re.compile(r"\.(?<=\d\.)\s?mai")


def _may_hold_estonian(lowered: str) -> bool:
    """Whether the Estonian hint is found in ``lowered``."""
    for word in _ESTONIAN_WORDS:  # a loop costs less than a generator here
        if word in lowered:
            return True
    return _ESTONIAN_MAI.search(lowered) is not None


def month_forms(text: str, lowered: str) -> Iterator[Candidate]:
    """Days with a month in one of the forms the module describes."""
    if _THAI_CHARS.search(text):
        for m in _THAI.finditer(text):
            yield m.start(), m.end(), "date"
    if _CREOLE_HINT.search(lowered):
        for m in _CREOLE.finditer(text):
            yield m.start(), m.end(), "date"
    if "hb" in lowered:
        for m in _MALAY.finditer(text):
            yield m.start(), m.end(), "date"
    if _may_hold_estonian(lowered):
        for m in _ESTONIAN.finditer(text):
            yield m.start(), m.end(), "date"
