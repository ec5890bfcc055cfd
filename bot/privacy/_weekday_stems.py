"""Weekdays said by the first word of their name: "Segunda", "na quinta", "Terça".

Portuguese names its weekdays in two words joined by a hyphen ("segunda-feira",
"terça-feira"), and speakers and writers use the first word alone ("Segunda was a 4 and
Quinta a 7", "next Terça"). The month and weekday names of the Unicode CLDR
(``cldr_words.txt.gz``) hold the full forms; this pass reads the first word of each
hyphenated one as the weekday too, in any language whose names are so built.

Recall first: a spelling that is also a listed given name, surname or town stays a name,
and one followed by a capitalised word or by a word that joins place names ("Quinta da Boa
Vista", "Quinta do Lago") stays part of that name.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ._function_words import _rows  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_JOINS = frozenset("da do das dos de del di du la le".split())
_NEXT_WORD = re.compile(r"[\s,]*([^\W\d_]+)")


@cache
def stems() -> frozenset[str]:
    """The first words of the hyphenated weekday names of the CLDR ("segunda", "terça")."""
    out: set[str] = set()
    for row in _rows("cldr_words.txt.gz"):
        if row[0] == "day" and "-" in row[1] and len(row) < 3:
            out.add(row[1].split("-", 1)[0])
    return frozenset(out)


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a word of the text is such a first word."""
    return not stems().isdisjoint(lows)


def keep_weekday_stems(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Candidates without those that are one such weekday word."""
    found = stems()
    kept: list[Candidate] = []
    for cand in out:
        start, end, _kind = cand
        low = text[start:end].lower()
        if low not in found or _named(low, lex) or _joined(text, end):
            kept.append(cand)
    return kept


def _named(low: str, lex: Lexicon) -> bool:
    return low in lex.given_names or low in lex.surnames or low in lex.places


def _joined(text: str, end: int) -> bool:
    """A capitalised word or a word joining place names follows."""
    m = _NEXT_WORD.match(text, end)
    if not m or text[end : end + 1] in ".!?;:":
        return False
    word = m.group(1)
    return word[0].isupper() or word.lower() in _JOINS
