"""A weekday followed by the day of the month, as Portuguese, Romanian, French, Lingala,
Italian, Spanish, Catalan, Basque, Turkish and Czech speakers write a specific day without
its month: "sexta dia 13", "quinta-feira, 5", "joi 12", "lundi le 16", "giovedì 16",
"dijous 7". Like "last Tuesday the 4th", the two together name one day; a weekday alone,
or followed by an hour ("sexta às 10", "lundi 10h"), stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._alternation import words_longest_first
from ._function_words import tables

Candidate = tuple[int, int, str]

_WEEKDAYS = (
    # Portuguese (with or without "-feira")
    "segunda terça terca quarta quinta sexta sábado sabado domingo "
    # Romanian
    "luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica "
    # French (also Kinshasa French and Lingala chat)
    "lundi mardi mercredi jeudi vendredi samedi dimanche"
    # lowerchat voices: Italian, Spanish, Turkish and Czech ("giovedì 16", "martes 9")
    " lunedì martedì mercoledì giovedì venerdì sabato domenica lunes martes miércoles"
    " miercoles jueves viernes pazartesi salı çarşamba perşembe cumartesi pondělí úterý"
    " středa čtvrtek pátek neděle"
    # Catalan and Basque ("dijous 7", "ostirala 12")
    " dilluns dimarts dimecres dijous divendres dissabte diumenge astelehena asteartea"
    " asteazkena osteguna ostirala larunbata igandea"
).split()
_WEEKDAY = "(?:" + words_longest_first(_WEEKDAYS, ignore_case=True) + ")"  # as a trie: faster
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_WEEKDAY_DAY = re.compile(
    rf"\b{_WEEKDAY}(?:-feira)?,?\s+(?:(?:dia|le|na)\s+)?{_DAY}(?:-?(?:a|lea|er))?"
    r"(?![\w:.,/%-]\d|\s*(?:h\b|hrs?\b|horas?\b|heures?\b|am\b|pm\b|%|:|\d|min))(?!\w)",
    re.IGNORECASE,
)
WEEKDAY_WORDS = frozenset(_WEEKDAYS)
_MONTH_AFTER = re.compile(r"\s+(?:de\s+)?([^\W\d_]+)(?:\s+(?:de\s+)?(?:19|20)\d\d\b)?")


def weekday_days(text: str, lows: frozenset[str]) -> Iterator[Candidate]:
    """Weekdays with a day of the month in ``text``; ``lows`` its lower-case words."""
    if WEEKDAY_WORDS.isdisjoint(lows):
        return
    months = tables().months
    for m in _WEEKDAY_DAY.finditer(text):
        end = m.end()
        after = _MONTH_AFTER.match(text, end)
        if after and after.group(1).lower() in months:
            end = after.end()  # "jeudi le 3 avril": the month belongs to the day
        yield m.start(), end, "date"
