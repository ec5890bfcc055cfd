"""A capitalised word after a determiner and an adjective of extent, order or age.

"the whole Koncerts", "the second Wecker", "the same Sarma", "his old Mökki": a word that
a determiner and "whole", "second", "same" or "old" describe is counted, ordered or aged as
a thing is; English names no person that way (a person gets the adjective without the
name, "the second girl", or the name alone). Such a word, capitalised by a writer who keeps
the client's own word for the thing, is a noun.

Recall first: the word is one token with one space on each side, no acronym and no
possessive, in no list of given names, surnames, towns or regions ("the old Riga", "the
same Maria" stay names and places), and it ends a phrase: punctuation or a joining word
("and", "with", "at", "was" ...) follows it, not another word ("the whole Nowak family",
"the whole Red Cross team": a family's or a body's name); "new", "little", "big", "young"
and "old" are left out, since people and shops are named after them ("the new Tomasz",
"little Ana", "the old Tesco").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import DETERMINERS, spaced, without_one_word_names

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# adjectives of extent, order or age that count or date a thing, not a person
ADJECTIVES = frozenset("whole entire same second third last usual".split())
# what may follow the noun: a noun after it makes the word a modifier, of a family ("the
# whole Nowak family") or a body ("the whole Hillside team"), so only these words may
_AFTER = frozenset("and or but with at in on to for from then was is were are".split())


def may_hold(lows: list[str]) -> bool:
    """Whether one of the adjectives stands among the text's words (one set test per word)."""
    return not ADJECTIVES.isdisjoint(lows)


def keep_described_nouns(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the lone capitalised words a determiner and an adjective of
    extent, order or age describe as things."""
    return without_one_word_names(found, toks, lambda i: _described(text, toks, i, lex))


def _described(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    if i < 2:
        return False
    tok, adjective, determiner = toks[i], toks[i - 1], toks[i - 2]
    if i + 1 < len(toks) and spaced(text, toks, i + 1) and toks[i + 1].low not in _AFTER:
        return False  # "the whole Nowak family", "the whole Red Cross": a name's start
    return (
        adjective.low in ADJECTIVES
        and not adjective.capital
        and determiner.low in DETERMINERS
        and tok.capital
        and not tok.acronym
        and not tok.possessive
        and spaced(text, toks, i)
        and spaced(text, toks, i - 1)
        and not lex.listed(tok.low)
    )
