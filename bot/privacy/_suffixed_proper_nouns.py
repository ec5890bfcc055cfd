"""Names with a Turkish case ending after an apostrophe: "Ayşe'nin annesi", "Elif'le
konuştum", "Kerem'den mesaj geldi".

Turkish writes an apostrophe between a proper noun and its endings, and only there: a
capitalised word before an apostrophe and a case, possessive or plural ending is a name or a
place, whatever list it is in or missing from. Other languages write apostrophes inside words
too ("Gwich'in", "Hawai'i"), so endings of one or two letters count only in a text written
partly in Turkish (a letter of Turkish alone, ı ğ ş İ, or two of its function words); the
longer ones ("'nin", "'den", "'yla", "'daki") are Turkish wherever they stand. A country,
region, month, weekday or feast stays ("Türkiye'de", "Mart'ta", "Cuma'ya", "Ramazan'da",
"Bayramı'nda").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_LONG_ENDINGS = "nin|nın|nun|nün|den|dan|ten|tan|yle|yla|ler|lar|deki|daki|teki|taki|ndan|nden"
_SHORT_ENDINGS = (
    "in|ın|un|ün|ye|ya|de|da|te|ta|le|la|yi|yı|yu|yü|nda|nde|na|ne|ni|nı|nu|nü|e|a|i|ı|u|ü"
)
_STEM = r"(?<![\w'’])(?P<stem>[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+)['’]"
_LONG = re.compile(rf"{_STEM}(?:{_LONG_ENDINGS})(?![\w'’])")
_SHORT = re.compile(rf"{_STEM}(?:{_SHORT_ENDINGS})(?![\w'’])")
# what each needs after its stem, looked for first, one apostrophe at a time: a pattern that
# opens with a literal character skips in C to where it stands (the whole patterns try every
# capital letter of a long text)
_LONG_TAILS = tuple(re.compile(rf"{a}(?:{_LONG_ENDINGS})(?![\w'’])") for a in "'’")
_SHORT_TAILS = tuple(re.compile(rf"{a}(?:{_SHORT_ENDINGS})(?![\w'’])") for a in "'’")
_TURKISH_ONLY = re.compile("[ığşİ]")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_TURKISH_WORDS = 2
# Turkish months, weekdays and feasts, written with an apostrophe before their endings too
_CALENDAR = frozenset(
    """
    ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık pazartesi salı
    çarşamba perşembe cuma cumartesi pazar ramazan bayram bayramı kurban şeker nevruz noel
    paskalya kandil hıdrellez
    """.split()
)


@cache
def _turkish_words() -> frozenset[str]:
    t = tables()
    return frozenset(w for w, langs in t.langs.items() if "tr" in langs) - t.english


def _turkish(text: str) -> bool:
    if _TURKISH_ONLY.search(text):
        return True
    words = _turkish_words()
    seen = {w for w in _WORD.findall(text.lower()) if w in words}
    return len(seen) >= _MIN_TURKISH_WORDS


def _any_search(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def may_hold(text: str) -> bool:
    """Cheap check: an apostrophe."""
    return "'" in text or "’" in text


def suffixed_proper_nouns(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Names and places carrying a Turkish ending after an apostrophe."""
    patterns = [_LONG] if _any_search(_LONG_TAILS, text) else []
    # the text is read only when it may matter
    if _any_search(_SHORT_TAILS, text) and _SHORT.search(text) and _turkish(text):
        patterns.append(_SHORT)
    for pattern in patterns:
        for m in pattern.finditer(text):
            low = m.group("stem").lower()
            if low in _CALENDAR or low in lex.always_ordinary or lex.is_region_word(low):
                continue
            yield m.start(), m.end(), "place" if low in lex.places else "name"
