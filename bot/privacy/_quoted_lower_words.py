"""Lower-case words of a short quotation in another language, whichever rule read them as a
name: 'she said "ami bhalo achi"', '"bu sefer ağlamadım" dedi', 'I asked "melhor como?"'.

``_quoted_words`` reads a lower-case word of such a quote as a word of it when the rule for
lower-case names sees it; the rules for speakers, subjects and slots ("X said", "X did")
find the same words again, as a name before a verb of the quote's language. This pass asks
the same question of every one-word lower-case name candidate at the end: inside a short
quotation on one line whose other words are mostly in no list (another language, not
English), and not set apart as someone addressed (a comma beside it, a greeting before it),
it is a word of the quote.

Recall first: in chat typed in lower case, where a quoted name is typed in lower case too,
a word that a list of given names holds stays a name (a writer who capitalises sentences
would capitalise a name in the words they quote); a word after a title or kinship word of
address ("tia rosa", "pak dan") stays a name, as does a word with a possessive ending or
one right before a verb of saying or of a person's doing of another language ('"deim
disse"', '"timp zice"': a speaker) or a Hindi-Urdu postposition that marks a person ('"maine
pintu ko nahi maara"'); quotes of English words ('"tell siobhan i said
thanks"', '"hi sophie"') keep their names, since their other words are in the lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._foreign_clauses import (
    _PERSON_BEFORE,  # pyright: ignore[reportPrivateUsage]
    _capitalising,  # pyright: ignore[reportPrivateUsage]
)
from ._language_context import SAYING_VERBS
from ._lexicon import lexicon
from ._postposition_names import (
    _POSTPOSITIONS,  # pyright: ignore[reportPrivateUsage]
)
from ._quoted_words import quoted_foreign_word
from ._romance_people import _VERBS as _ROMANCE_VERBS  # pyright: ignore[reportPrivateUsage]
from ._word_classes import without_one_word_names

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token


def keep_quoted_lower_words(
    text: str, toks: list[Token], found: list[Candidate]
) -> list[Candidate]:
    """``found`` without one-word lower-case names that are words of a foreign quote."""
    if '"' not in text and "“" not in text:
        return found
    given = {} if _capitalising(text) else lexicon().given_names
    return without_one_word_names(
        found, toks, lambda i: toks[i].low not in given and _quote_word(text, toks, i)
    )


def _quote_word(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if not tok.word.islower() or tok.possessive:
        return False
    if i > 0 and toks[i - 1].low in _PERSON_BEFORE:
        return False
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if nxt in SAYING_VERBS or nxt in _ROMANCE_VERBS or nxt in _POSTPOSITIONS:
        return False  # "deim disse": a speaker; "pintu ko nahi maara": a person marked
    return quoted_foreign_word(text, toks, i)
