"""A word in no list opening a sentence, a short aside set off after it, then what a person
does: "Tanvir, nursing student, said", "Oyelaran, 34, works nights", "Ximena - the older
twin - cried".

A capitalised word in no list opens many sentences without naming anyone, so the proper-noun
rules keep it there unless something marks it as a person. An aside set off by commas (a few
words, as a role, an age or a relation is), by dashes or by brackets, followed at once by a
verb said of people, is that mark: the sentence is about someone described in passing.
Everyday openers ("Overall, the session went well", "Later, at home, she tried") are listed
words and are left alone, as are kinship words and words an aside glosses as kin ("Lola
(grandmother) drove her", "Athe (grandad) sang"); so is a word followed by a verb that says
nothing of a person ("Kombucha, a fermented tea, helps").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._aside_names import _KIN, _PERSON  # pyright: ignore[reportPrivateUsage]
from ._capital_word_names import _ADVERBS  # pyright: ignore[reportPrivateUsage]
from ._vocab import PERSON_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# the aside right after the word: ", a few words," or " (…)" or " - … -" (any dash)
_ASIDE = re.compile(
    r", ([^,.;:!?()\n—–]{1,60}?),"
    r"| \(([^()\n]{1,90})\)"
    r"| ([—–-]) ([^\n—–]{1,90}?) \3"
)
_MAX_COMMA_WORDS = 6
# verbs a thing or a plan does as well as a person
_WEAK = frozenset(
    """
    is was are were has had have gets got goes went helps helped made makes seems seemed
    needs needed happens happened starts started works worked changes changed ends ended
    lasts lasted stops stopped means meant matters mattered costs cost comes came
    """.split()
)
# verbs only people do that the shared lists lack
_ONLY_PEOPLE = frozenset(
    "talked talks drew draws smiled smiles wept weeps sang sings sighed nodded shrugged".split()
)
_VERBS = (_PERSON | PERSON_VERBS | _ONLY_PEOPLE) - _WEAK
_WORD = re.compile(r"[A-Za-z]+")
_KINDS = frozenset({Kind.UNKNOWN, Kind.NAME})


def may_hold(text: str) -> bool:
    """Cheap test: a comma, a bracket or a dash between spaces."""
    return ", " in text or " (" in text or " - " in text or " — " in text or " – " in text


def apposed_openers(text: str, toks: list[Token], starts: Callable[[int], bool]) -> list[Candidate]:
    """Words in no list opening a sentence that an aside and a person's verb after it show
    to be a person's name."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.kind not in _KINDS or not tok.capital or tok.possessive or tok.acronym:
            continue
        if tok.low in _KIN:  # "Lola (grandmother) drove her": a kinship word, no name
            continue
        m = _ASIDE.match(text, tok.end)
        if m is None or not starts(i):
            continue
        if m.group(1) is not None and len(m.group(1).split()) > _MAX_COMMA_WORDS:
            continue
        aside = m.group(1) or m.group(2) or m.group(4) or ""
        if aside.strip().lower() in _KIN:  # "Athe (grandad) sang": the word glossed
            continue
        if _person_verb_at(text, m.end()):
            out.append((tok.start, tok.end, "name"))
    return out


def _person_verb_at(text: str, end: int) -> bool:
    """A listed verb said of people right after ``end`` (after at most one adverb)."""
    if text[end : end + 1] != " ":
        return False
    words = _WORD.findall(text[end : end + 40])
    if not words or not words[0].islower():
        return False
    first = words[0]
    if first in _ADVERBS and len(words) > 1:
        first = words[1]
    return first in _VERBS
