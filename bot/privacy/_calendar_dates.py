"""Days named by the months of the Ethiopian, Nepali (Bikram Sambat), Tamil, Punjabi
(Nanakshahi) and Bengali calendars, and by the Hawaiian names of the months: "Tir 12",
"Meskerem 17, 2017", "12 Baisakh", "baisakh 12 gate", "Aadi 18", "3 Poh", "7th Boishakh",
"ʻApelila 9". Like an English month and day, a day in such a month is a specific day;
the month named alone ("in Meskerem", "after Dashain in Kartik") stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._alternation import words_longest_first
from ._digits import has_digit

Candidate = tuple[int, int, str]

_MONTHS = (
    # Ethiopian (Ge'ez months, as romanised in Addis Ababa)
    "meskerem tikimt tikemt tekemt hidar hedar tahsas tahisas tahesas tir ter yekatit yakatit "
    "megabit magabit miyazia miyazya ginbot genbot sene hamle nehase nehasse pagume pagumen "
    # Nepali (Bikram Sambat)
    "baisakh baishakh vaishakh jestha jeth asar asadh ashadh shrawan saun bhadra bhadau asoj "
    "ashwin kartik mangsir poush push magh falgun phagun chaitra chait "
    # Tamil
    "chithirai vaikasi aani aadi aavani avani purattasi aippasi karthigai kaarthigai margazhi "
    "thai maasi masi panguni "
    # Punjabi (Nanakshahi)
    "chet vaisakh harh haarh sawan saawan bhadon assu katak maghar poh phagan phaggan "
    # Solar Hijri, as named in Afghanistan (Dari) and Iran (Persian); "hut", "dey" and
    # "jadi" left out (English, Pidgin and Malay words before a number)
    "hamal saur sawr jawza jauza saratan asad sonbola sunbula mizan aqrab qaws dalw "
    "farvardin ordibehesht khordad mordad amordad shahrivar mehr aban azar bahman esfand "
    # Bengali, as romanised in Bangladesh and West Bengal ("poush", "magh", "kartik" above)
    "boishakh boishak joishtho jyoishtho jyaistha asharh ashar srabon shrabon shraban "
    "bhadro bhadra ashshin ashwin ogrohayon agrahayan falgun phalgun choitro chaitro "
    # Hawaiian, with the ʻokina or without ("Mei" left out: a given name before a number)
    "ianuali pepeluali malaki ʻapelila apelila iune iulai ʻaukake aukake kepakemapa "
    "ʻokakopa okakopa nowemapa kekemapa"
).split()
_MONTH = "(?:" + words_longest_first(_MONTHS, ignore_case=True) + ")"  # as a trie: faster
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?:19|20)\d\d(?:\s*(?:E\.?C\.?|B\.?S\.?|V\.?S\.?))?)"
# what a number after such a word counts instead of being its day: "Thai 2 sessions"
_COUNTED = (
    r"\s*(?:years?|yrs?|yo|months?|weeks?|days?|sessions?|times?|hours?|hrs?|minutes?|mins?"
    r"|people|kids|children|%|am|pm|kg|km)\b"
)
# what every match needs where it starts, tried first so that the months are tried only
# there: no word character before, and a digit next or after a month (no spaces in it)
_START = rf"(?<!\w)(?=[0-9]|\S{{1,{max(map(len, _MONTHS))}}}\s+[0-9])"
_CALENDAR_DATE = re.compile(
    rf"{_START}(?:\b{_MONTH}\s+{_DAY}(?:\s+gate)?{_YEAR}?(?![\w/%-]|{_COUNTED}|[:.]\d)"
    rf"|(?<![\w/.:-]){_DAY}\s+(?:gate\s+)?{_MONTH}{_YEAR}?\b)",
    re.IGNORECASE,
)


def calendar_dates(text: str) -> Iterator[Candidate]:
    """Days in the months above, in ``text``."""
    if not has_digit(text):
        return
    for m in _CALENDAR_DATE.finditer(text):
        yield m.start(), m.end(), "date"
