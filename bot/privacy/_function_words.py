"""Function words, month and weekday names and language names of many languages.

Practitioners write whole clauses in the languages of their clients ("Lo que hizo
diferente", "Und dann hat sie gesagt", "Ook zijn moeder"), capitalised at sentence starts
and in headings, where the proper-noun rules would take them for names. Two data files,
extracted once by tests/data/extract_multilingual_words.py, cover the whole class:
``function_words.txt.gz`` (articles, prepositions, pronouns, conjunctions and auxiliaries
of 38 Latin-script languages, from stopwords-iso) and ``cldr_words.txt.gz`` (month and
weekday names, full and abbreviated, and language names, from the Unicode CLDR).

Recall first: a function word is kept only beside another word of its language ("Und
dann", "Ook zijn", "Lo que", "Ng dahil"), never in capitals, since one in no list of names
can still be a name ("call her Tam", "baba segun"); one that is also a listed given name,
surname or word of a town's name ("De", "Le", "El", "San"), or has two letters (an initial
in English text), only when the whole candidate is made of such words. Month, weekday and
language names that are no listed name are everyday words in any case ("Viernes",
"Türkisch").
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from ._alternation import words_longest_first

if TYPE_CHECKING:
    from ._word_classes import Token

Candidate = tuple[int, int, str]

_DATA = Path(__file__).with_name("data")
_MIN_LOOSE = 3  # shorter words are kept only beside their language (initials otherwise)
_CALENDAR = "cal"  # the language mark of month and weekday names: beside any language


@dataclass(frozen=True, slots=True)
class Tables:
    """Lower-case words of the two data files."""

    langs: dict[str, frozenset[str]]  # function word (or calendar word) -> its languages
    strict: frozenset[str]  # also a name, a town's word or an initial: kept only beside its kin
    loose: frozenset[str]  # never a listed name: kept beside another word of its language
    named: frozenset[str]  # month and weekday names that are no listed name
    months: frozenset[str]  # month names, full and abbreviated, for dates with a day
    english: frozenset[str] = frozenset()  # spelt like everyday English words ("her", "la")
    languages: frozenset[str] = frozenset()  # language names that are no listed name
    # month and weekday names that are also listed names ("abril", "domingo"), by kind
    named_months: frozenset[str] = frozenset()
    named_days: frozenset[str] = frozenset()
    days: frozenset[str] = frozenset()  # every weekday name, full and abbreviated


def _rows(name: str) -> list[list[str]]:
    with gzip.open(_DATA / name, "rt", encoding="utf-8") as handle:
        return [ln.rstrip("\n").split("\t") for ln in handle if ln.strip() and ln[0] != "#"]


@cache
def tables() -> Tables:
    """The word sets, read once on first use."""
    langs: dict[str, frozenset[str]] = {}
    strict: set[str] = set()
    loose: set[str] = set()
    english: set[str] = set()
    for row in _rows("function_words.txt.gz"):
        word, mark = row[0], row[2] if len(row) > 2 else ""
        langs[word] = frozenset(row[1].split(","))
        if mark == "name":
            strict.add(word)
        elif mark == "en":
            english.add(word)
        elif not mark:
            loose.add(word)
    months: set[str] = set()
    named: set[str] = set()
    languages: set[str] = set()
    named_calendar: dict[str, set[str]] = {"month": set(), "day": set()}
    days: set[str] = set()
    for row in _rows("cldr_words.txt.gz"):
        kind, word, mark = row[0], row[1], row[2] if len(row) > 2 else ""
        if kind == "month":
            months.add(word)
        elif kind == "day":
            days.add(word)
        if mark:
            strict.add(word)
            if kind in named_calendar:
                named_calendar[kind].add(word)
        elif kind == "language":
            languages.add(word)  # "Kavi", "Rumana", "Bosna": names too, kept only beside words
        else:
            langs.setdefault(word, frozenset({_CALENDAR}))
            named.add(word)
    loose -= strict
    named -= strict
    return Tables(
        langs,
        frozenset(strict),
        frozenset(loose),
        frozenset(named),
        frozenset(months),
        frozenset(english),
        frozenset(languages - strict),
        frozenset(named_calendar["month"]),
        frozenset(named_calendar["day"]),
        frozenset(days),
    )


def among_its_language(text: str, toks: list[Token], i: int, ordinary: frozenset[str]) -> bool:
    """Whether the lower-case word ``toks[i]``, a function word of another language, stands
    with only a space beside another function word of that language that is no English word
    ("hoy el patojo", "til sin kæreste", "in una stanza" aside): a word of that language,
    not a name typed in lower case ("me and ana went" stays a name)."""
    mine = _languages_of(toks[i].low)
    if not mine:
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(toks):
            continue
        other = toks[j]
        left, right = (other, toks[i]) if j < i else (toks[i], other)
        if text[left.end : right.start] != " " or not other.word.islower():
            continue
        if other.low in ordinary or other.low in tables().english:
            continue
        if not mine.isdisjoint(_languages_of(other.low)):
            return True
    return False


def clause_word_after_title(toks: list[Token], i: int) -> bool:
    """Whether the word after the title ``toks[i]`` is a function word of two letters of a
    language whose function words also stand before the title or after that word ("si mama
    ay masaya": Filipino "si" and "ay"), or a longer one after an owner of its language
    ("su abuela tiene"): a word of that clause, not a name ("aunty mele who", "aunty jo
    is")."""
    nxt = toks[i + 1].low
    mine = _languages_of(nxt)
    if not mine:
        return False
    if len(nxt) > _SHORT_FUNCTION_WORD:
        # "bibi yake mbagala": a longer word may open a name or place after it, unless an
        # owner of its language stands before the title ("su abuela tiene 94": Spanish)
        before = toks[i - 1].low if i > 0 else ""
        return before in _OWNERS and not mine.isdisjoint(_languages_of(before))
    near = [toks[j].low for j in (i - 1, i + 2) if 0 <= j < len(toks)]
    return any(not mine.isdisjoint(_languages_of(low)) for low in near)


# Possessives of the Romance languages before a word of kinship: "su abuela", "minha avó"
_OWNERS = frozenset(
    "su sus mi mis tu tus nuestra nuestro seu sua meu minha teu tua ma mon sa son ta ton "
    "suo mia mio tuo".split()
)


# Languages close enough that one's function words are the other's (Tagalog and Cebuano,
# Malay and Indonesian).
_CLOSE = {"tl": "ceb", "ceb": "tl", "ms": "id", "id": "ms"}
_SHORT_FUNCTION_WORD = 2
# Filipino person and case markers, which the Tagalog stopword list leaves out.
_FILIPINO_MARKERS = frozenset("si ni kay sina nina kina".split())


def close_languages(langs: frozenset[str]) -> frozenset[str]:
    """``langs`` with the languages close to them."""
    return langs | {_CLOSE[lang] for lang in langs if lang in _CLOSE}


def _languages_of(low: str) -> frozenset[str]:
    langs = tables().langs.get(low, frozenset())
    if low in _FILIPINO_MARKERS:
        langs |= {"tl"}
    return close_languages(langs - {_CALENDAR})


def everyday_words() -> frozenset[str]:
    """Month and weekday names that are never an identifier, in any case ("Viernes").
    Function words and language names are not among them: one in no list of names can
    still be a name ("Tam", "segun", "Kavi"), so it is kept only beside its language."""
    t = tables()
    return frozenset(w for w in t.named if len(w) >= _MIN_LOOSE)


def _shares_language(word: str, other: str, t: Tables) -> bool:
    if other == word or not (other in t.loose or other in t.named):
        return False  # beside a name-like word ("Ku Ku", "Mae La") or English ("her Tam")
    mine, theirs = t.langs.get(word), t.langs.get(other)
    if not mine or not theirs:
        return False
    return _CALENDAR in theirs or _CALENDAR in mine or not mine.isdisjoint(theirs)


def _beside_its_language(text: str, toks: list[Token], k: int, t: Tables) -> bool:
    """A word stands beside another word of its language, with only a space between."""
    tok = toks[k]
    if (
        k > 0
        and text[toks[k - 1].end : tok.start] == " "
        and _shares_language(tok.low, toks[k - 1].low, t)
    ):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        nxt is not None
        and text[tok.end : nxt.start] == " "
        and _shares_language(tok.low, nxt.low, t)
    )


def _beside_any_language(text: str, toks: list[Token], k: int, t: Tables) -> bool:
    """A language name beside a function word of another language that is no name."""
    tok = toks[k]
    prev = toks[k - 1] if k > 0 else None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (prev is not None and text[prev.end : tok.start] == " " and prev.low in t.loose) or (
        nxt is not None and text[tok.end : nxt.start] == " " and nxt.low in t.loose
    )


def _word_of_language(text: str, toks: list[Token], k: int, t: Tables) -> bool:
    tok = toks[k]
    low = tok.low
    if low in t.named and len(low) >= _MIN_LOOSE:
        return True
    if low in t.languages and tok.capital:  # "Auf Englisch", "spricht Türkisch mit"
        return _beside_any_language(text, toks, k, t)
    if low not in t.langs or not tok.capital or tok.acronym or tok.word.isupper():
        return False  # "DE", "NG": initials; a lower-case one is a name by its cue ("mele")
    return _beside_its_language(text, toks, k, t)


def _span(toks: list[Token], cand: Candidate) -> list[int]:
    first = bisect_left(toks, cand[0], key=attrgetter("start"))
    last = bisect_right(toks, cand[1] - 1, key=attrgetter("start"))
    return [k for k in range(first, last) if toks[k].end <= cand[1]]


def keep_function_words(text: str, toks: list[Token], out: list[Candidate]) -> list[Candidate]:
    """Drop name, place and organisation candidates made only of words of other languages
    ("Lo Que", "Und", "De la"), and trim such words that are never names from their ends
    ("Als Emre" keeps "Emre")."""
    t = tables()
    kept: list[Candidate] = []
    for cand in out:
        idx = _span(toks, cand) if cand[2] in ("name", "place", "org") else []
        if not idx:
            kept.append(cand)
            continue
        if all(_word_of_language(text, toks, k, t) for k in idx):
            continue
        first, last = 0, len(idx) - 1
        while first < last and _loose(text, toks, idx[first], t):
            first += 1
        while last > first and _loose(text, toks, idx[last], t):
            last -= 1
        start = cand[0] if first == 0 else toks[idx[first]].start
        end = cand[1] if last == len(idx) - 1 else toks[idx[last]].end
        kept.append((start, end, cand[2]))
    return kept


def _loose(text: str, toks: list[Token], k: int, t: Tables) -> bool:
    """A word never listed as a name, beside another word of its language: trimmed from a
    candidate's end ("Und Emre" keeps "Emre")."""
    tok = toks[k]
    if tok.possessive or len(tok.low) < _MIN_LOOSE:
        return False
    return tok.low in t.named or (
        tok.low in t.loose
        and tok.capital
        and not tok.acronym
        and _beside_its_language(text, toks, k, t)
    )


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a word of the tables is among the words of the text."""
    langs = tables().langs
    return any(low in langs for low in lows)


_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MIN_MONTH_FIRST = 4  # "Tem 3" is Portuguese "has 3"; "Hulyo 12" is a day


def _date_guard(longest_month: int) -> str:
    """What every match needs where it starts, so that the long month alternation is tried
    only there: no word character, "." or "-" before it, and a digit (the day) either next,
    after "ika-", or after a month (no spaces in it), a dot and spaces."""
    return rf"(?<![\w.-])(?=(?:ika-?\s?)?[0-9]|\S{{1,{longest_month + 1}}}\s+[0-9])"


@cache
def _date_pattern() -> re.Pattern[str]:
    """A day before or after a month of any CLDR locale: "ika-3 ng Setyembre", "Hulyo 12",
    "14 oktober", "3. Mart", a range of days too ("16-17 novembre"). Months that are also
    function words ("tem") are left out."""
    t = tables()
    months = sorted(
        (m for m in t.months if m not in t.langs or t.langs[m] == {_CALENDAR}),
        key=len,
        reverse=True,
    )
    # as tries (same words, same order of preference, faster)
    alt = words_longest_first(months, ignore_case=True)
    long_alt = words_longest_first(
        [m for m in months if len(m) >= _MIN_MONTH_FIRST], ignore_case=True
    )
    return re.compile(
        rf"(?i){_date_guard(len(months[0]))}"
        rf"(?:(?<![\w.,/-])(?:ika-?\s?)?(?:{_DAY}\.?\s?[-–]\s?)?"
        rf"{_DAY}(?:\.|º|°|er|eme|ème|-?(?:th|st|nd|rd))?\s+"
        rf"(?:(?:de|del|di|ng|of|sa)\s+)?(?:{alt})(?:\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?"
        r"(?![^\W\d_])"
        rf"|(?<![\w.-])(?:{long_alt})\.?\s+{_DAY}(?:st|nd|rd|th)?(?![\w:/]|[.,]\d))"
    )


def calendar_dates(text: str) -> list[Candidate]:
    """Specific days written with a month of another language (a month alone stays)."""
    return [(m.start(), m.end(), "date") for m in _date_pattern().finditer(text)]
