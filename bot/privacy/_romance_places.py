"""A town after the preposition "a" of Italian, Portuguese, Spanish, Catalan or Romanian.

"vive da solo a Pozzuoli", "foi a Braga", "se fue a Zapopan": in these languages "a" means
"to" or "in", so the listed town after it is a place. The English reading ("gave his Mare a
Rosa", "as a Veronica,") takes the word after "a" for a thing; it holds only where the words
before "a" are English. Two function words of a Romance language among the few words
before "a" show the clause is written in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._word_classes import Token

_ROMANCE = frozenset({"it", "pt", "es", "ca", "gl", "ro"})
_REACH = 6
_MIN_WORDS = 2


def town_after_romance_a(toks: list[Token], i: int, places: frozenset[str]) -> bool:
    """Whether token ``i``, right after "a", is a listed town in a Romance clause."""
    if i < 2 or toks[i].low not in places or toks[i - 1].word != "a":
        return False
    t = tables()
    found = 0
    for tok in toks[max(0, i - 1 - _REACH) : i - 1]:
        langs = t.langs.get(tok.low)
        if langs and tok.low not in t.english and not _ROMANCE.isdisjoint(langs):
            found += 1
            if found >= _MIN_WORDS:
                return True
    return False
