"""A word of respect used as a title goes with the name it stands before: "don Beto", "doña
Carmen", "Chief Tari", "professor Wellington", "Uncle Tito". A word read as a town after such
a title is a person's name ("professor Wellington").

Written before a name, such a word is part of what the person is called ("don Beto" is how the
whole street knows him); the name alone would leave the title standing beside its placeholder.
English "uncle", "aunt" and "auntie" are titles only when capitalised ("Uncle Tito"; "her uncle
Tito" speaks of a relative). Words of kinship in other languages ("su abuela Marta", "jeho papu
Ondrej") name a relative, not a title, and stay, as kinship words do everywhere. Titles written
as abbreviations ("Dhr. Jansen", "Mag. Leitner", "Bpk. Yohanis") go with the name only with
their full stop (without it "dna" and "lt" are acronyms), unless they are no word of any
language ("Bpk Yohanis", "Hj Siti").
"""

from __future__ import annotations

import re

from ._kin_address import WORDS as KIN_WORDS
from ._vocab import BARE_TITLES, DOTTED_TITLES
from ._word_classes import Candidate

_ANY_CASE = frozenset("don doña dona professor profe chief mme mlle".split())
# titles of respect typed in lower case in chat ("seu wagner", "elder mose", "mzee otieno"):
# with no owner before them they are how the person is called. English "uncle", "aunty" and
# "coach", Spanish "tío"/"tía" and the Filipino words for elder siblings and aunts ("si ate
# Mayumi") name the relation or the role as often, and stay; so does Portuguese and Catalan
# "seu" ("his") before a kinship word ("al seu germà Jordi").
_LOWER_CASE = frozenset(
    "seu pastor rev elder madame monsieur mzee kak mbak pak ustaz sensei".split()
)
_CAPITALISED = frozenset("Uncle Aunt Auntie Aunty".split())
_TITLE_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_]+)(\.?) $")
_WORD = re.compile(r"[^\W\d_]+")
_REACH = 12  # characters before a name in which its title can stand
_ENGLISH_BEFORE = re.compile(r"(?i:\b(?:the|her|his|my|their|our|your|a|an))\s+$")


def with_kin_titles(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each name's span widened over a title right before it (a town's read
    as a name's)."""
    out: list[Candidate] = []
    for start, end, kind in found:
        if kind in ("name", "place"):
            m = _TITLE_BEFORE.search(text, max(0, start - _REACH), start)
            if (
                m
                and m.end() == start
                and _title(m.group(1), dotted=bool(m.group(2)))
                and (
                    m.group(1) not in _LOWER_CASE
                    or (kind == "name" and _first_word(text, start) not in KIN_WORDS)
                )
                and not _ENGLISH_BEFORE.search(text, max(0, m.start() - 8), m.start())
            ):
                start, kind = m.start(), "name"
        out.append((start, end, kind))
    return out


def _first_word(text: str, start: int) -> str:
    m = _WORD.match(text, start)
    return m.group().lower() if m else ""


def _title(word: str, *, dotted: bool) -> bool:
    low = word.lower()
    return (
        low in _ANY_CASE
        or word in _CAPITALISED
        or word in _LOWER_CASE
        or (
            low in DOTTED_TITLES
            and (dotted or low in BARE_TITLES)
            and word[0].isupper()
            and not word.isupper()
        )
    )
