"""A lower-case word right after an English article or possessive is a noun, not a name:
"set out the mats instead of chairs", "showed me his tiffin", "went to the namghar twice".

The rules for names typed in lower case read a word in no everyday list as a name ("mats" is
a given name too, "tiffin" and "namghar" are in no list). English puts no article before a
person's name, and a possessive before one is rare, so a one-word lower-case name candidate
right after "the", "an" or "his", "her", "their", "my", "our", "your" is the noun it goes
with ("a" is left out: it is also the Portuguese article and the
Spanish preposition before a name, "a gabi falou", "le pregunté a juanjo").

Recall first: after a possessive in chat typed in lower case, a listed given name stays a
name ("i asked about her mia": a writer who capitalises sentences would capitalise it); only
candidates read as a person's name ("name"), not places or organisations
("the esplanade", "at the gabba" stay); only after a lower-case article and one space; a word
with a possessive ending ("the mats's") and a word before a verb only people do or an
apposition ("the kai said", "the tama, her dad") are left to the name rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._foreign_clauses import _capitalising  # pyright: ignore[reportPrivateUsage]
from ._lexicon import lexicon
from ._name_cues import _person_follows  # pyright: ignore[reportPrivateUsage]
from ._word_classes import without_one_word_names

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_ARTICLES = frozenset({"the", "an"})
_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def keep_article_nouns(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """``found`` without one-word lower-case names right after an English article."""
    return without_one_word_names(found, toks, lambda i: _after_article(text, toks, i))


def _after_article(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if i == 0 or not tok.word.islower() or tok.possessive:
        return False
    prev = toks[i - 1]
    if text[prev.end : tok.start] != " ":
        return False
    if prev.word in _POSSESSIVES:
        if tok.low in lexicon().given_names and not _capitalising(text):
            return False  # "her mia": a listed given name after a possessive may be one
    elif prev.word not in _ARTICLES:
        return False
    return not _person_follows(text, toks, i, weak=False)
