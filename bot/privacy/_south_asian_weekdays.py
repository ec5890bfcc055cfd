"""Weekday names of Hindi-Urdu, Punjabi, Marathi, Gujarati and Bengali written in Latin
letters ("Jumeraat ko", "Mangalvar te Shanivar", "shonibar"): a closed class, like the
English weekdays, that names no one. Each is a planet's or day's stem with the word for day
("-vaar", "-war", "-bar" and their spellings), plus the Urdu and Punjabi names of Friday,
Thursday and Sunday. A spelling that is also a listed given name or surname stays a name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_STEMS = (
    r"som|soma|shom|mangal|mongol|budh|guru|brihaspati|brihoshpoti|shukra|shukar|shukro|"
    r"shani|shoni|sani|ravi|robi|rabi|rob|aadit|adit|aitvaar|bhom"
)
_WEEKDAY = re.compile(
    rf"(?:{_STEMS})(?:vaar|vār|vaaram|var|war|waar|bar|baar|vaara|vara)"
    r"|jumeraat|jumerat|jummeraat|jumaraat|jumma|juma|itwar|itvaar|itvar|etwar|aitwar|"
    r"veervaar|veeravaar",
    re.IGNORECASE,
)
_JOINERS = frozenset("te aur ya and or to ko se".split())
_WORD = re.compile(r"[^\W\d_]+")


def may_hold(text: str) -> bool:
    """Cheap check: a weekday ending or an Urdu weekday spelling is in the text."""
    low = text.lower()
    return "vaar" in low or "war" in low or "bar" in low or "var" in low or "jum" in low


def keep_weekdays(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Candidates without a one-word weekday name of these languages."""
    kept: list[Candidate] = []
    for cand in out:
        words = _WORD.findall(text, cand[0], cand[1])
        days = [w for w in words if w.lower() not in _JOINERS]
        if days and all(_weekday(w, lex) for w in days):
            continue  # "Jumeraat", "Mangalvar te Shanivar"
        kept.append(cand)
    return kept


def _weekday(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return bool(_WEEKDAY.fullmatch(word)) and low not in lex.given_names and low not in lex.surnames
