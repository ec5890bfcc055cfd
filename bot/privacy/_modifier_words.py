"""A capitalised word that modifies the noun of an event, a dish or a thing after it.

"the Valborg picnic", "the Lucia rehearsal", "her Anteckningar app", "the Vespa rides",
"a Kinder song": between a determiner and a lower-case noun for an event, a custom, a
dish, a title or a tool, the capitalised word says what kind of picnic, rehearsal or app
it is. A person is not named that way: English puts a person before such a noun with a
possessive ("Lucia's rehearsal"), not between "the" and the noun.

Recall first: only nouns that no person, family or body owns are heads here (no "class",
"team", "party" or "wedding": "the Smith wedding" is a family's, "the Lee class" a
teacher's; no "clinic", "shop" or "nurse": "the Kaiser nurse" works for a body); the word
is one token standing alone between the determiner and the noun, with one space on each
side, is no acronym ("the CSMA psychiatrist" may be a body) and no possessive, and is in no
list of surnames (a family: "the Kowalski dinner").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import DETERMINERS, spaced, without_one_word_names

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# nouns of an event, a custom, a dish, a title or a tool: what a person's name does not
# modify without a possessive
HEADS = frozenset(
    """
    app apps picnic picnics rehearsal rehearsals ride rides song songs season prayers
    prayer practice festival parade procession celebration celebrations feast fast
    dish soup recipe salad cake dance dances film films movie movies series episode
    episodes ritual rituals tradition traditions costume costumes moments moment
    game games line lines tune tunes hymn hymns meal meals snack snacks bread shelf
    poem poems story stories carols trick tricks holiday holidays night nights day
    music playlist skills technique exercise question questions scale worksheet
    """.split()
)


def may_hold(lows: list[str]) -> bool:
    """Whether a head noun stands among the text's words (one set test per word)."""
    return not HEADS.isdisjoint(lows)


def keep_modifier_words(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the lone capitalised words that modify an event's, a dish's or a
    thing's noun after a determiner."""
    return without_one_word_names(found, toks, lambda i: _modifies_head(text, toks, i, lex))


def _modifies_head(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    if i == 0 or i + 1 >= len(toks):
        return False
    tok, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
    return (
        nxt.low in HEADS
        and not nxt.capital
        and prev.low in DETERMINERS
        and tok.capital
        and not tok.acronym
        and not tok.possessive
        and spaced(text, toks, i)
        and spaced(text, toks, i + 1)
        and tok.low not in lex.surnames
    )
