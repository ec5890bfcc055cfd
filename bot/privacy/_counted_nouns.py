"""A capitalised word counted by a number word is a noun: "two Cuadras", "fifty Soles".

Writers of English as a second language capitalise the nouns of their own language and
count them as English counts things: "he walks two Cuadras to the bakery", "she cooked only
two Platos", "some thousand Dinars", "three Hryvnias". A person is not counted that way in
a note ("two girls", not "two Marias"), so a one-word name candidate right after a number
word is the counted thing, a measure or a currency.

Recall first: only a number written as a word ("two", "fifty", "thousand"; never digits,
which open street addresses, "14 Rosewood"), one space before the word; the word is one
token, no acronym, no possessive, in no list of given names, surnames, towns or regions
("the two Marias", "both Smiths"), and it ends a phrase: punctuation or a joining word
follows it, not a capitalised word ("two Ana Lopez" is no count).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.number_words import TENS, UNITS

from ._word_classes import spaced, without_one_word_names

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# number words that count things ("zero" and "one" count no plural; "one" is a pronoun too)
COUNTS = frozenset(UNITS[2:] + TENS + "hundred hundreds thousand thousands million".split())
# what may follow the counted word: the end of its phrase
_AFTER = frozenset(
    "and or but with at in on to for from of per every each a the this that then was is "
    "were are".split()
)


def may_hold(lows: list[str]) -> bool:
    """Whether a number word stands among the text's words (one set test per word)."""
    return not COUNTS.isdisjoint(lows)


def keep_counted_nouns(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the one-word name candidates counted by a number word."""
    return without_one_word_names(found, toks, lambda i: _counted(text, toks, i, lex))


def _counted(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    tok = toks[i]
    if i == 0 or tok.acronym or tok.possessive or lex.listed(tok.low):
        return False
    if toks[i - 1].low not in COUNTS or toks[i - 1].capital or not spaced(text, toks, i):
        return False
    if i + 1 < len(toks) and spaced(text, toks, i + 1):
        nxt = toks[i + 1]
        return not nxt.capital and nxt.low in _AFTER
    return True
