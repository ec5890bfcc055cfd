"""Capitalised words between "the" and a word for a work or a method: "the Keepy Uppy
episode", "the Columbo approach", "that Gottman exercise", "the AP Bio exam".

A determiner before and a noun for a show's part, a song, a game's level, a book, or a
therapy's method after make the capitalised words between them the title of that thing,
not a person: a person is not "the Jones episode" but "Jones's episode".

Recall first: no word of the run is a common given name ("the Kevin episode" may be about
a client), the run is at most four words, all capitalised; the determiner and the noun stand
one space from it; before a work, no word is a listed surname ("the Jones book" may be
the family's); a possessive run ("the Smiths' song") is left to the name rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

# what a title or a method's name comes before: parts of shows, games and books, works, and
# the methods, models and tools of therapy
WORKS = frozenset(
    """
    episode episodes season series show film films movie movies song songs album albums track
    book books novel chapter level levels game games app podcast video videos clip scene
    """.split()
)
# methods are named after their authors: a surname may name one ("the Gottman method")
METHODS = frozenset(
    """
    approach approaches technique techniques method methods model models exercise exercises
    protocol intervention worksheet handout scale inventory questionnaire principle metaphor
    checklist tool toolkit
    """.split()
)
WORK_NOUNS = WORKS | METHODS
_DETERMINERS = frozenset("the that this a an".split())
_BEFORE = re.compile(r"(?:^|\s)([A-Za-z]+)\s$")
_AFTER = re.compile(r"\s([a-z]+)\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MAX_WORDS = 4
_LEADING = re.compile(r"(?:The|That|This)\s+")
_COMMON_GIVEN = 3  # a given name listed in this many locales may be the client's


def may_hold(lows: list[str]) -> bool:
    """Whether a word for a work or a method stands among the text's words."""
    return not WORK_NOUNS.isdisjoint(lows)


def keep_named_works(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``out`` without the candidates that name a work or a method."""
    return [c for c in out if not _names_work(text, c, lex)]


def _names_work(text: str, cand: Candidate, lex: Lexicon) -> bool:
    start, end, _kind = cand
    # the capitalised run the candidate stands in, from its determiner to the noun after it
    lead = _LEADING.match(text, start, end)
    first = lead.end() if lead is not None else start  # "The Gottman Repair Checklist"
    for m in reversed(list(_WORD.finditer(text, max(0, start - 40), start))):
        if lead is not None or text[m.end() : first].strip() or not m.group()[0].isupper():
            break
        if m.group().lower() in _DETERMINERS:  # "The" opening the sentence
            lead = m
            break
        first = m.start()
    if lead is None:
        before = _BEFORE.search(text, max(0, first - 8), first)
        if before is None or before.group(1).lower() not in _DETERMINERS:
            return False
    last = end
    for m in _WORD.finditer(text, end, min(len(text), end + 40)):
        if text[last : m.start()].strip() or not m.group()[0].isupper():
            break
        last = m.end()
    words = _WORD.findall(text, first, last)
    if len(text[first:last].split()) != len(words):
        return False
    if len(words) >= 2 and words[-1].lower() in WORK_NOUNS:  # "the Gottman Repair Checklist"
        noun = words.pop().lower()
    else:
        after = _AFTER.match(text, last)
        if after is None or after.group(1) not in WORK_NOUNS:
            return False
        noun = after.group(1)
    if not words or len(words) > _MAX_WORDS:
        return False
    for word in words:
        if not word[0].isupper() or word.endswith(("'s", "’s", "s'", "s’")):
            return False
        low = word.lower()
        if lex.given_names.get(low, 0) >= _COMMON_GIVEN:
            return False
        if noun in WORKS and low in lex.surnames and low not in lex.ordinary:
            return False  # "the Jones book" may be the family's
    return True
