"""Everyday words of te reo Māori and the Pacific languages written in lower case after a
word of quantity or an article.

Many Māori and Pacific given names are also everyday words of those languages ("kai" is
food, "aroha" love, "moana" the sea), and a note from Aotearoa or the islands uses them as
words: "lots of kai and singing", "heaps of kai", "the kai". After "lots of", "heaps of",
"plenty of", "a bit of", "the" or "some" such a word names a thing, not a person, whom no
one counts out by the heap. Only a lower-case word of Polynesian shape (open syllables of the
letters those languages write) read as a person's name is kept so, and only when it stands
alone, so a place or a business stays found ("a shift at the warehouse"): "Kai came in",
"with kai", "told kai" and "lots of kai's mates" still name someone. So too a word of that
shape that "was shared" or "was served" is food in any case ("Kai was shared before anyone
spoke"), unless an object follows the verb ("Kai was served papers").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# open syllables of Māori, Samoan, Tongan, Cook Islands Māori, Hawaiian and Fijian words:
# an optional consonant ("ng" and "wh" count as one, a glottal stop as a letter) then a vowel
POLYNESIAN = re.compile(
    r"(?:(?:ng|wh|[fghklmnprstvw])?['‘’ʻ]?[aeiouāēīōū])+",
)
# words of quantity after which "of" is followed by a thing: "lots of kai", "heaps of kai"
_QUANTITIES = frozenset("lots lot heaps heap plenty bit loads load bunch".split())
# words that make the next word a thing on their own: "the kai", "some kai", "more kai"
_ARTICLES = frozenset("the some more enough".split())


# said of food being passed round, never of a person: "Kai was shared before anyone spoke"
_SERVED = frozenset("shared served cooked eaten dished plated".split())
_BEING = frozenset("was were is".split())
# what may follow the verb when food is its subject: "served after the karakia", "shared by"
_AFTER_SERVED = frozenset("before after and at by in on to for with first out round around".split())


def may_hold(text: str) -> bool:
    """Cheap check that a text has a cue before which a Pacific word could stand."""
    return (
        " of " in text
        or "the " in text
        or "some " in text
        or "more " in text
        or " was " in text
        or " were " in text
        or " is " in text
    )


def keep_pacific_words(text: str, toks: list[Token], out: list[Candidate]) -> list[Candidate]:
    """``out`` without the lower-case Polynesian words that follow a word of quantity or an
    article ("lots of kai", "the kai"), and the Polynesian words that are shared or served
    ("Kai was shared")."""
    starts = {t.start: i for i, t in enumerate(toks)}
    return [
        c
        for c in out
        if not _counted_thing(text, toks, starts, c) and not _served_food(text, toks, starts, c)
    ]


def _served_food(text: str, toks: list[Token], starts: dict[int, int], c: Candidate) -> bool:
    """ "Kai was shared before anyone spoke": a Polynesian word that is shared, served or
    eaten is food, whatever its case; "Kai was served papers" names a person."""
    i = starts.get(c[0])
    if c[2] != "name" or i is None or i + 2 >= len(toks):
        return False
    tok, being, verb = toks[i], toks[i + 1], toks[i + 2]
    if tok.end != c[1] or tok.possessive or not POLYNESIAN.fullmatch(tok.low):
        return False
    if being.low not in _BEING or verb.low not in _SERVED:
        return False
    if text[tok.end : being.start] != " " or text[being.end : verb.start] != " ":
        return False
    if i + 3 == len(toks) or text[verb.end : toks[i + 3].start].strip():
        return True  # "Kai was shared." "Kai was served, then"
    return toks[i + 3].low in _AFTER_SERVED


def _counted_thing(text: str, toks: list[Token], starts: dict[int, int], c: Candidate) -> bool:
    i = starts.get(c[0])
    if c[2] != "name" or i is None or i == 0:  # "at the warehouse", "the aviemore trip"
        return False
    tok = toks[i]
    if tok.end != c[1] or tok.capital or tok.possessive or not POLYNESIAN.fullmatch(tok.low):
        return False
    if text[toks[i - 1].end : tok.start] != " ":
        return False
    prev = toks[i - 1].low
    if prev in _ARTICLES:
        return True
    return (
        prev == "of"
        and i >= 2
        and toks[i - 2].low in _QUANTITIES
        and text[toks[i - 2].end : toks[i - 1].start] == " "
    )
