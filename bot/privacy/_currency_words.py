"""A capitalised word that names a unit of money is the money: "sends Hryvnias home",
"the Lira is losing value", "earns in Dirhams".

Writers of English as a second language capitalise nouns, the currency of their country
among them, and the name lists hold some currencies as surnames or towns ("Lira", "Rand",
"Real"). ``currency_names.txt`` (tests/data/extract_currency_names.py: the nouns of the
currency names of the Unicode CLDR, singular and plural, in English and the Romance
languages) lists the words that name money.

Recall first: only a one-word name candidate, no acronym or possessive, that is no listed
given name ("Mark", "Leone", "Tala" name people as often), not followed by another
capitalised word ("Real Madrid", "Lira Sousa"), and not followed by what a person does
("Rand said").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ._name_cues import _person_follows
from ._word_classes import spaced, without_one_word_names

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_DATA = Path(__file__).with_name("data") / "currency_names.txt"


@cache
def currency_words() -> frozenset[str]:
    """The words naming a unit of money, lower case."""
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def may_hold(lows: list[str]) -> bool:
    """Whether a currency's word stands among the text's words (one set test per word)."""
    return not currency_words().isdisjoint(lows)


def keep_currency_words(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the one-word name candidates that name a unit of money."""
    money = currency_words()
    return without_one_word_names(found, toks, lambda i: _money(text, toks, i, lex, money))


def _money(text: str, toks: list[Token], i: int, lex: Lexicon, money: frozenset[str]) -> bool:
    tok = toks[i]
    if tok.low not in money or tok.acronym or tok.possessive or tok.low in lex.given_names:
        return False
    if i + 1 < len(toks) and toks[i + 1].capital and spaced(text, toks, i + 1):
        return False
    return not _person_follows(text, toks, i, weak=False)
