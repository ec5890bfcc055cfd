"""Days before the months the CLDR date rule cannot read: "12 okt", "5 dez", "3 lug",
"24 dhjetor", "5 mehefin", "17 ramadan", "3 tháng 5", "5to de mayo".

The months of every CLDR locale after a day are read by ``_function_words.calendar_dates``,
but it sets aside the forms that are also function words of some language (the Malay
stop-word list holds "okt" and "ogos", the Portuguese one "dez"), and its list lacks the
Albanian and Welsh months, the Italian abbreviations that are English words ("lug", "ago",
"set") and the months of the Islamic calendar as Malay, Indonesian, Urdu and Arabic
speakers romanise them. Right after a day number each of these names a day of that month.
The month may come first ("ogos 12", "qershor 5"). Vietnamese writes the day before
"tháng" and the month's number ("3 tháng 5"), and Spanish
chat an ordinal day before "de" and a month ("1ro de mayo").

Forms that stay ambiguous after a number are left out: "tem" (Portuguese "has"), "tra",
"vas", "noll", "ene", "ago" and "set" ("7 ago", "4 set" count as often as they date). The
forms that are also given names ("mac", "nisan", "ott") count only in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._alternation import words_longest_first
from ._function_words import tables

Candidate = tuple[int, int, str]

_MONTHS = (
    # CLDR forms set aside as function words of another language, and Italian abbreviations
    "okt dez giu lug iun julij junij marec meur ogos "
    # CLDR abbreviations that are words of some language: Polish (styczeń, lipiec, sierpień),
    # Czech (duben), Italian (maggio); and the informal French "fév"
    "sty lip sie dub mag fév "
    # the Hebrew months, romanised
    "tishrei tishri heshvan cheshvan kislev tevet shevat iyar tamuz elul "
    # Albanian
    "janar shkurt prill qershor korrik gusht shtator tetor nëntor nentor dhjetor "
    # Welsh
    "ionawr chwefror ebrill mehefin gorffennaf awst hydref tachwedd rhagfyr "
    # the Islamic months, as romanised in Malaysia, Indonesia, South Asia and the Arab world
    "muharram muharam muharrem safar rabiulawal rabiulakhir rejab rajab syaban shaban "
    "sha'ban ramadan ramadhan ramazan ramzan syawal shawwal shawal zulkaedah zulkaidah "
    "dhulqadah zulhijjah dzulhijjah dhulhijjah "
    # Levantine and Iraqi months in Latin letters
    "tishrin teshreen shubat adar ayyar tammuz aylul"
).split()
_TWO_WORD_MONTHS = (
    r"rabi(?:ul|\s?al|'?\s?ul)[-\s]?(?:awal|awwal|akhir|thani|sani)"
    r"|jumad(?:a|il)?[-\s]?(?:ul|al|il)?[-\s]?(?:awal|awwal|akhir|ula|thani|sani|akhirah)"
    r"|dhu?[l']?[-\s]?(?:hijjah|hijja|qadah|qa'dah|qidah)"
)
_LOWER_ONLY = frozenset("mac nisan ott sivan".split())  # also given names
# abbreviations that are also English words ("3 mag subscriptions", "3 lip balms"): a day only
# after a word of time or before the end of a phrase
_WORDLIKE = frozenset("sty lip sie dub mag".split())
_TIME_BEFORE = re.compile(
    r"(?i)(?:\b(?:on|since|from|till|until|by|before|after|od|do|dnia|il|dal|al|del|dne|ode)"
    r"|[,:(])\s*$"
)
_PHRASE_END = re.compile(r"\s*(?:$|[.,;:!?)]|\s(?:19|20)\d\d)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:\s+(?:de\s+)?(?:19|20)\d\d)?"
_ALL_MONTHS = words_longest_first([*_MONTHS, *_LOWER_ONLY], ignore_case=True)
_SET_ASIDE = re.compile(
    rf"(?i)(?<![\w.,/:-]){_DAY}\.?\s+(?:de\s+)?"
    rf"(?P<month>{_TWO_WORD_MONTHS}|{_ALL_MONTHS})"
    rf"{_YEAR}(?![^\W\d_])"
)
# the month before the day ("ogos 12", "qershor 5"), for names of four letters or more (and
# "okt"): a shorter one before a number is a word of some language as often ("safar",
# Persian and Hindi "journey", stays)
_MIN_MONTH_FIRST = 4
_MONTH_FIRST = re.compile(
    rf"(?i)(?<![\w.-])(?P<month>{_TWO_WORD_MONTHS}|"
    + words_longest_first(
        [m for m in _MONTHS if (len(m) >= _MIN_MONTH_FIRST or m == "okt") and m != "safar"],
        ignore_case=True,
    )
    + rf")\.?\s+{_DAY}(?:st|nd|rd|th)?(?![\w:/%]|[.,]\d|\s*(?:x|kali|times)\b)"
)
_VIETNAMESE = re.compile(
    rf"(?i)(?<![\w.,/:-]){_DAY}\s+(?:tháng|thang)\s+(?:1[0-2]|0?[1-9])"
    r"(?:\s+(?:năm|nam)\s+(?:19|20)\d\d)?(?!\w|[.,:/]\d)"
)
_ORDINAL_DAY = re.compile(
    rf"(?i)(?<![\w.,/:-]){_DAY}(?:ro|ero|do|to|vo|mo|no|avo)\s+de\s+(?P<month>[^\W\d_]+){_YEAR}"
)
# what each pattern needs, in the lower-cased text (most texts hold none of it): a day
# before a month, "tháng" or an ordinal before "de" (``_HINT``); or a month's first letters
# before a day (``_HINT_MONTH_FIRST``: a trie, tried only where a month can start)
_HINT = re.compile(
    r"\d\.?\s+(?:de\s+)?(?:okt|dez|giu|lug|iun|jul|jun|mar|meu|ogo|jan|shk|pri|qer|kor|gus"
    r"|sht|tet|nën|nen|dhj|ion|chw|ebr|meh|gor|aws|hyd|tac|rha|muh|saf|rab|rej|raj|sya|sha"
    r"|ram|zul|dzu|dhu|tis|tes|kan|shu|ada|ayy|haz|tam|ayl|jum|mac|nis|ott"
    r"|sty|lip|sie|dub|mag|fév|hesh|chesh|kisl|teve|shev|iyar|siva|elul)"
    r"|\d\s+th|\d[a-z]{2,3}\s+de\s"
)
_HINT_MONTH_FIRST = re.compile(
    "(?:"
    + words_longest_first(
        "okt ogos marec junij julij meur janar shkurt prill qershor korrik gusht shtator "
        "tetor nentor nëntor dhjetor ionawr chwefror ebrill mehefin gorffennaf awst hydref "
        "tachwedd rhagfyr muhar safar rabi rejab rajab sya sha rama syawal shaw zul dzul dhu "
        "jumad tishrin teshreen shubat adar ayyar tammuz aylul "
        "tishr heshvan cheshvan kislev tevet shevat iyar sivan tamuz elul".split(),
        ignore_case=False,
    )
    + r")\S*\s+\d"
)


def set_aside_months(text: str, lowered: str) -> Iterator[Candidate]:
    """Days before the months and in the forms the module describes."""
    if not (_HINT.search(lowered) or _HINT_MONTH_FIRST.search(lowered)):
        return
    for m in _SET_ASIDE.finditer(text):
        month = m.group("month")
        if month.lower() in _LOWER_ONLY and not month.islower():
            continue  # "12 Mac": a count of people called Mac as likely as a day
        if month.lower() in _WORDLIKE and not (
            _TIME_BEFORE.search(text, max(0, m.start() - 8), m.start())
            or _PHRASE_END.match(text, m.end())
        ):
            continue
        yield m.start(), m.end(), "date"
    for m in _MONTH_FIRST.finditer(text):
        yield m.start(), m.end(), "date"
    for m in _VIETNAMESE.finditer(text):
        yield m.start(), m.end(), "date"
    months = tables().months
    for m in _ORDINAL_DAY.finditer(text):
        if m.group("month").lower() in months:
            yield m.start(), m.end(), "date"
