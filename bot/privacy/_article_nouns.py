"""A lower-case word right after an English article is a noun, not a name: "set out the
mats instead of chairs", "packed the tiffin", "went to the namghar twice".

The rules for names typed in lower case read a word in no everyday list as a name ("mats" is
a given name too, "tiffin" and "namghar" are in no list). English puts no article before a
person's name, so a one-word lower-case name candidate right after "the" or "an" is the
noun the article goes with ("a" is left out: it is also the Portuguese article and the
Spanish preposition before a name, "a gabi falou", "le pregunté a juanjo").

Recall first: only candidates read as a person's name ("name"), not places or organisations
("the esplanade", "at the gabba" stay); only after a lower-case article and one space; a word
with a possessive ending ("the mats's") and a word before a verb only people do or an
apposition ("the kai said", "the tama, her dad") are left to the name rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._name_cues import _person_follows  # pyright: ignore[reportPrivateUsage]
from ._word_classes import without_one_word_names

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_ARTICLES = frozenset({"the", "an"})


def keep_article_nouns(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """``found`` without one-word lower-case names right after an English article."""
    return without_one_word_names(found, toks, lambda i: _after_article(text, toks, i))


def _after_article(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if i == 0 or not tok.word.islower() or tok.possessive:
        return False
    prev = toks[i - 1]
    if prev.word not in _ARTICLES or text[prev.end : tok.start] != " ":
        return False
    return not _person_follows(text, toks, i, weak=False)
