"""Dates written in Korean, Vietnamese, Greek, Hebrew, Arabic, Persian, Hindi and Thai.

"3월 5일", "2024년 3월 5일" (Korean month and day), "ngày 5 tháng 3", "mùng 5 tháng 3",
"5/3" after "ngày" (Vietnamese day and month), and a day before a month named in Greek
("5 Μαρτίου"), Hebrew ("5 במרץ"), Arabic ("5 مارس", "5 آذار"), Persian ("5 فروردین"), Hindi
("5 मार्च") or Thai ("5 มีนาคม") are specific days. A month named alone ("tháng 3", "μάρτιο")
stays, as months do in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._alternation import words_longest_first

Candidate = tuple[int, int, str]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
_KOREAN = re.compile(rf"(?<!\d)(?:\d{{4}}\s*년\s*)?{_MONTH_NUMBER}\s*월\s*{_DAY}\s*일")
_VIETNAMESE = re.compile(
    rf"(?i)(?=[mn])\b(?:ngày|ngay|mùng|mung|mồng|mong)\s+{_DAY}"  # look-ahead: skip in C
    rf"(?:\s*(?:tháng|thang)\s+{_MONTH_NUMBER}|\s*[/-]\s*{_MONTH_NUMBER})"
    r"(?:\s*(?:năm|nam)\s+\d{4}|\s*[/-]\s*\d{2,4})?(?!\d)"
)
_MONTH_NAMES = (
    # Greek, genitive after a day and nominative
    "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Μαίου Ιουνίου Ιουλίου Αυγούστου "
    "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου "
    "Ιανουάριος Φεβρουάριος Μάρτιος Απρίλιος Μάιος Ιούνιος Ιούλιος Αύγουστος Σεπτέμβριος "
    "Οκτώβριος Νοέμβριος Δεκέμβριος "
    # Hebrew, bare and after "in" (ב)
    "ינואר פברואר מרץ מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר "
    "בינואר בפברואר במרץ במרס באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר "
    "בדצמבר "
    # Arabic (Egypt and the Gulf, then the Levant and Iraq)
    "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر "
    "أكتوبر اكتوبر نوفمبر ديسمبر شباط آذار اذار نيسان أيار ايار حزيران تموز أيلول ايلول "
    # Persian (the solar months, and the European months as Iranians write them)
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند "
    "ژانویه فوریه آوریل ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر "
    # Hindi
    "जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर "
    "नवंबर नवम्बर दिसंबर दिसम्बर "
    # Thai
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
    "พฤศจิกายน ธันวาคม"
).split()
# Greek months in the accusative ("τον Μάρτιο"), named alone
_GREEK_ACCUSATIVE = (
    "Ιανουάριο Φεβρουάριο Μάρτιο Απρίλιο Μάιο Ιούνιο Ιούλιο Αύγουστο Σεπτέμβριο Οκτώβριο "
    "Νοέμβριο Δεκέμβριο"
).split()


def month_words() -> frozenset[str]:
    """Greek month names, lower case, in every case: named alone ("Μάρτιος was hard") a
    month is no identifier, in Greek letters as in English. (Those of the scripts without
    capitals are never read as names; the Persian months are given names too.)"""
    greek = [w for w in _MONTH_NAMES if "\u0370" <= w[0] <= "\u03ff"] + _GREEK_ACCUSATIVE
    return frozenset(w.lower() for w in greek)


# Levantine months of two words: "كانون الثاني", "تشرين الأول"
_TWO_WORD_MONTHS = "كانون الثاني|كانون الأول|كانون الاول|تشرين الأول|تشرين الاول|تشرين الثاني"
_NAMED = re.compile(
    rf"(?<![\d\w]){_DAY}\s*(?:-|ה-)?\s*(?:{_TWO_WORD_MONTHS}|"
    + words_longest_first(_MONTH_NAMES, ignore_case=True)  # as a trie: faster
    + r")(?:\s+\d{4})?(?!\w)",
    re.IGNORECASE,
)


# every match of ``_VIETNAMESE`` opens with one of these words (found in the lower-cased text:
# none of their letters is matched case-blind by any character that lowers to another)
_VIETNAMESE_OPENERS = ("ngày", "ngay", "mùng", "mung", "mồng", "mong")


def _may_hold_vietnamese(low: str, text: str) -> bool:
    """Cheap test: a word that opens a Vietnamese date, and what follows its day."""
    if not ("ng" in low and ("th" in low or "/" in text or "-" in text)):
        return False
    for opener in _VIETNAMESE_OPENERS:  # noqa: SIM110 - a loop costs less than a generator here
        if opener in low:
            return True
    return False


def script_dates(text: str) -> Iterator[Candidate]:
    """Dates written in the scripts and languages above."""
    if "월" in text:
        for m in _KOREAN.finditer(text):
            yield m.start(), m.end(), "date"
    low = text.lower()
    if _may_hold_vietnamese(low, text):
        for m in _VIETNAMESE.finditer(text):
            yield m.start(), m.end(), "date"
    if not text.isascii():
        for m in _NAMED.finditer(text):
            yield m.start(), m.end(), "date"
