"""Everyday words listed only as surnames, read as nouns after an article.

Many surnames are everyday nouns of their language: Spanish "Mercado" (market), "Barrio"
(neighbourhood), Estonian "Kool" (school), Navajo "Hogan" (house), Italian "Mensa"
(canteen). The surname list knows them only as surnames, so written alone they were removed
as a name, also where the text plainly uses the noun: "she goes to the Mercado and chats with
the Frutero", "los cipotes del barrio.", "I asked about the Hogan and she said". Nobody is
called by a bare surname after "the" or the Spanish contractions "al" and "del" ("to the",
"of the"); those articles stand before a surname only in a family's or a founder's name,
which goes on with a noun ("the Hadžić family", "the Tupou boys", "the Vaiola nurses", "the
mercado Roberto Huembes").

The same holds for an everyday word of Spanish, Portuguese, French, Italian, Dutch or
German (``_everyday_vocabulary``: no listed given name, surname, town, region or word-name)
after a preposition of place and "the": "she went to the Plage", "helped in the Keuken",
"stayed the whole hour in the Bazen". Such a word names a kind of place or thing, so the
preposition does not make it a town's name ("at", "on" and "by" still make it a venue's: "a
shift at the Cactus"). Elsewhere such a word is read so only in a text that shows its
language, as a word in no list is ("chats with the Vendedor and goes home" is a person).

Recall first: only a one-word candidate that is a listed surname and no listed given name,
town or region; not an acronym ("the HUG"), possessive or bracketed; not after a preposition
of place or "at", "on", "by" ("at the Hilton": a venue named after its founder); ending its
clause or followed by a small joining word ("and", "with", "on", ...), not by a noun, a
capitalised word or what a person does; and not removed as (part of) a name elsewhere in the
text ("Nika Kos ... the Kos"). "el" and "la" are left out: colloquial Spanish puts them
before surnames ("la Fernández nos puso un 4").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._everyday_vocabulary import vocabulary
from ._foreign_clauses import may_hold_foreign
from ._name_cues import _person_follows
from ._vocab import PLACE_PREPS
from ._word_classes import Kind, without_one_word_names

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_ARTICLES = frozenset({"the", "The", "al", "del"})
_AT = frozenset({"at", "on", "by"})
# what may follow the noun in its own clause; any other word (a noun: "the Tupou boys")
# may make the surname part of a longer name
_JOINING = frozenset("and or with on in at for to from but before after every each near".split())


def _only_a_surname(low: str, lex: Lexicon) -> bool:
    return (
        low in lex.surnames
        and low not in lex.given_names
        and low not in lex.places
        and low not in lex.regions
    )


def _in_no_list(tok: Token, lex: Lexicon) -> bool:
    """A word of no list at all (no name, town, region or English word): the noun of a
    language the lists do not know ("the Frutero", "the Ekskurzija")."""
    return tok.kind is Kind.UNKNOWN and not tok.acronym and not lex.listed(tok.low)


def _named_elsewhere(text: str, found: list[Candidate], word: str, start: int) -> bool:
    """The word is part of a longer candidate elsewhere in the text."""
    low = word.lower()
    return any(
        s != start and e - s > len(word) and low in text[s:e].lower().split()
        for s, e, _kind in found
    )


def _removed_elsewhere(text: str, found: list[Candidate], low: str, start: int) -> bool:
    """The word is (part of) another candidate of the text."""
    return any(s != start and low in text[s:e].lower().split() for s, e, _kind in found)


def _noun_after_article(
    text: str,
    toks: list[Token],
    i: int,
    lex: Lexicon,
    found: list[Candidate],
    foreign: Callable[[], bool],
) -> bool:
    tok = toks[i]
    if i == 0 or tok.acronym or tok.possessive:
        return False
    # an everyday word of another language the lists know ("the Plage", "the Keuken")
    borrowed = _in_no_list(tok, lex) and tok.low in vocabulary(lex)
    if (
        not _only_a_surname(tok.low, lex)
        and not (_in_no_list(tok, lex) and foreign())
        and not borrowed
    ):
        return False
    prev = toks[i - 1]
    if prev.word not in _ARTICLES or text[prev.end : tok.start] != " ":
        return False
    before = toks[i - 2].low if i >= 2 else ""
    if before in _AT or (before in PLACE_PREPS and not borrowed):
        return False
    if borrowed and before not in PLACE_PREPS and not foreign():
        return False  # "chats with the Vendedor": in an English text, only a place's slot
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        if text[tok.end : nxt.start] == " " and nxt.word not in _JOINING:
            return False
    if _person_follows(text, toks, i, weak=False):
        return False
    if _in_no_list(tok, lex) and _removed_elsewhere(text, found, tok.low, tok.start):
        return False  # "Ana Zabrevo came ... the Zabrevo": a name wherever it stands
    return not _named_elsewhere(text, found, tok.word, tok.start)


def keep_article_surnames(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the one-word name candidates that are everyday words listed only as
    surnames, right after "the", "al" or "del" and ending their clause."""
    # a word in no list is read so only in a text that shows another language by two of
    # its function words (asked once, when such a word comes): a noun of that language
    shown: list[bool] = []

    def foreign() -> bool:
        if not shown:
            shown.append(may_hold_foreign([t.low for t in toks]))
        return shown[0]

    return without_one_word_names(
        found, toks, lambda i: _noun_after_article(text, toks, i, lex, found, foreign)
    )
