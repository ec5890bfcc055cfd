"""A weekday followed by the day of the month, as Portuguese, Romanian, French, Lingala,
Italian, Spanish, Catalan, Basque, Turkish and Czech speakers write a specific day without
its month: "sexta dia 13", "quinta-feira, 5", "joi 12", "lundi le 16", "giovedì 16",
"dijous 7". Like "last Tuesday the 4th", the two together name one day; a weekday alone,
or followed by an hour ("sexta às 10", "lundi 10h"), stays.

The full weekday names of every Latin-script locale of the Unicode CLDR
(``cldr_words.txt.gz``) are read the same way ("sabtu 12", "sonntag 3", "maandag 14",
"niedziela 7": the day and any month after it are removed, the weekday stays); those
that are also given names or towns ("sobota", "pazar", "kamis") only
when typed in lower case, and the short forms ("sab", "mar") not at all: they are words of
too many languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

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


# English weekdays, full or short, before a bare day of the month: "friday 3 she came", "weds
# 14, after school", "on sun 12 we met". The day counts only where what follows ends the phrase
# or opens a clause (a pronoun, a preposition, a joining word or a common verb): a count or an
# hour says something else ("friday 3 sessions", "sat 5 minutes", "mon 10:00"), and so does a
# list of weekdays with numbers ("Monday 3, Wednesday 5", "Monday 2. Tuesday 4.": scores) or
# a weekday after a verb of rating ("rated Saturday 8"). "sat" and "sun"
# in lower case are verbs and nouns as well, so they need a word of time before them.
CLAUSE_AFTER = (
    r"[ \t]+(?:i|she|he|they|we|u|you|my|her|his|their|our"
    r"|client|mum|mom|dad|at|with|for|in|after|before|and|was|is|came|went|when|then|so|but)\b"
)
PHRASE_ENDS = r"[ \t]*(?:[,;!?]|:(?!\d)|\.(?!\d)|$)|" + CLAUSE_AFTER
_ENGLISH_DAY = re.compile(
    r"(?i)(?<![\w-])(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu"
    r"|thurs?|fri|sat|sun)\.?,?[ \t]+(?P<day>(?:[12]\d|3[01]|0?[1-9]))(?=" + PHRASE_ENDS + ")"
)
# "Monday 3, Wednesday 5", "Monday 2. Tuesday 4." or one a line: a weekday's score in a list
_SCORED_DAYS = re.compile(
    r"(?i)(?:[,;][ \t]*|\.[ \t]+|[ \t]*\n\s*)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+\d"
)
_SCORED_DAYS_BEFORE = re.compile(
    r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+\d+(?:[,;][ \t]*|\.[ \t]+|[ \t]*\n\s*)$"
)
# "she rated Saturday 8", "gave Friday a 6": the number is what the day was given
_MAX_SCORE = 10
_MIN_CHART_DAYS = 3
_RATED_BEFORE = re.compile(r"(?i)\b(?:rated|rates|rate|rating|scored|scores|score|gave|gives)\s+$")
_TIME_WORD_BEFORE = re.compile(r"(?i)\b(?:on|this|next|last|by|till|until|from|since|every)\s+$")
_ENGLISH_HINTS = frozenset(
    "mon tue tues wed weds thu thur thurs fri sat sun mon. tue. wed. thu. fri. sat. sun."
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
_MIN_CLDR_WEEKDAY = 5  # "sab", "mar", "dom", "lun": abbreviations, words of many languages
_ENGLISH_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)  # the English rules own these ("sunday 12th")
_TAIL = (
    rf"(?:(?:dia|le|na)\s+)?{_DAY}(?:-?(?:a|lea|er))?"
    r"(?![\w:.,/%-]\d|\s*(?:h\b|hrs?\b|horas?\b|heures?\b|uhr\b|jam\b|am\b|pm\b|%|:|\d|min))(?!\w)"
    # "minggu 2 kali", "woche 3 tage": a count after a word that also means "week" (and one
    # a placeholder follows, whose word may have been such a count)
    r"(?!\s*\[|\s*(?:x|kali|times?|hari|minggu|bulan|tahun|days?|weeks?|years?|tage?|wochen)\b)"
)


@cache
def _cldr_weekdays() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The CLDR full weekday names (all, and those also names), and their pattern."""
    t = tables()
    every = {w for w in t.days if len(w) >= _MIN_CLDR_WEEKDAY and w not in _ENGLISH_WEEKDAYS}
    named = every & t.named_days
    alt = words_longest_first(sorted(every - set(WEEKDAY_WORDS)), ignore_case=True)
    pattern = re.compile(rf"(?<![\w-])(?P<weekday>{alt}),?\s+(?P<date>{_TAIL})", re.IGNORECASE)
    return frozenset(every - set(WEEKDAY_WORDS)), frozenset(named), pattern


def weekday_days(text: str, lows: frozenset[str]) -> Iterator[Candidate]:
    """Weekdays with a day of the month in ``text``; ``lows`` its lower-case words."""
    yield from _cldr_weekday_days(text, lows)
    if not _ENGLISH_HINTS.isdisjoint(w.rstrip(",") for w in lows):
        yield from _english_weekday_days(text)
    if WEEKDAY_WORDS.isdisjoint(lows):
        return
    months = tables().months
    for m in _WEEKDAY_DAY.finditer(text):
        end = m.end()
        after = _MONTH_AFTER.match(text, end)
        if after and after.group(1).lower() in months:
            end = after.end()  # "jeudi le 3 avril": the month belongs to the day
        yield m.start(), end, "date"


def _cldr_weekday_days(text: str, lows: frozenset[str]) -> Iterator[Candidate]:
    """The CLDR weekdays the list above lacks, with a day of the month ("sabtu 12")."""
    every, named, pattern = _cldr_weekdays()
    if every.isdisjoint(w.strip(",.;:!?()") for w in lows):
        return
    months = tables().months
    for m in pattern.finditer(text):
        word = m.group("weekday")
        if word.lower() in named and not word.islower():
            continue  # "Sobota 6": a surname and a number as often as a day
        end = m.end()
        after = _MONTH_AFTER.match(text, end)
        if after and after.group(1).lower() in months:
            end = after.end()  # "sonntag 3 märz": the month belongs to the day
        yield m.start("date"), end, "date"  # the weekday alone names no day: it stays


def _english_weekday_days(text: str) -> Iterator[Candidate]:
    """The bare day after an English weekday (the weekday stays)."""
    found = list(_ENGLISH_DAY.finditer(text))
    # three weekdays or more each with a number up to ten: a chart of the week's scores
    chart = sum(int(m.group("day")) <= _MAX_SCORE for m in found) >= _MIN_CHART_DAYS
    for m in found:
        if chart and int(m.group("day")) <= _MAX_SCORE:
            continue  # "Monday 2. Tuesday 4. Wednesday 6 bc volleyball. Thursday 3."
        word = m.group("weekday")
        if word in ("sat", "sun") and not _TIME_WORD_BEFORE.search(text, 0, m.start()):
            continue  # "she sat 3 rows back": a verb
        if _SCORED_DAYS.match(text, m.end()) or _SCORED_DAYS_BEFORE.search(text, 0, m.start()):
            continue  # "Monday 3, Wednesday 5, Friday 6": a weekday's score
        if _RATED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "she rated Saturday 8": a score too
        yield m.start("day"), m.end("day"), "date"
