"""A word in no list of any language before a lower-case noun that names a market, junction,
estate, beach or quarter: the name of that place, with no preposition before it.

"his shop is kaneshie market side", "she sells fish ashaiman junction now", "he go lumley
beach with his brother", "they moved, now a flat, vidyut nagar": the rules for lower-case
places wait for a preposition or a verb of living before the word ("in X", "lives X"), but
chat often names the place by its market, junction or estate alone, wherever it stands in
the clause. A word that no list of English or of another language holds (no given name, no
listed town, no safe word), of four letters or more, right before such a noun, is read as a
place; the noun stays, as it says what kind of place, not which. "the night market", "fish
market", "a private estate", "the bus junction" stay (everyday words), and so do listed
names ("mary market" is left to the rules for people) and "-in'" verbs ("walkin market").
"hangs out kearny side" reads "side" so too, unless an owner comes first or the word is a
listed word with an "s" ("on her nanas side": whose side).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lower_places import _dropped_g, _unknown_word
from ._word_classes import Kind, _classify

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# nouns for a market, junction, estate, beach or quarter named by the word before them
HEADS = frozenset(
    "market junction roundabout estate layout nagar colony bazaar bazar chowk beach".split()
)
_MIN_WORD = 4
# "he hangs out kearny side", "she stays over marston side": "side" after the name of a
# part of town says where, as "market" does; after an owner ("on her nanas side", "the
# babys side") or a plural of a listed word typed without its apostrophe it says whose
_SIDE = "side"
_OWNERS = frozenset("the a an her his my their your our its other this that on".split())
ALL_HEADS = HEADS | {_SIDE}


def may_hold(lows: list[str]) -> bool:
    """Cheap test: one of the nouns is among the words."""
    return not ALL_HEADS.isdisjoint(lows)


def unlisted_headed_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "kaneshie market", "lumley beach": see the module."""
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        head, word = toks[i], toks[i - 1]
        if head.low not in ALL_HEADS or head.word != head.low:
            continue
        if text[word.end : head.start] != " ":
            continue
        if word.kind is not Kind.UNKNOWN or len(word.word) < _MIN_WORD:
            continue
        if not _unknown_word(word, lex) or _dropped_g(word.low, lex):
            continue
        if head.low == _SIDE and _whose_side(toks, i - 1, lex):
            continue
        out.append((word.start, word.end, "place"))  # the noun says what, not which
    return out


def _whose_side(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "on her nanas side", "the babys side": an owner before the word, or the word a
    listed word with an "s" (a possessive typed without its apostrophe)."""
    word = toks[i].low
    if i > 0 and toks[i - 1].low in _OWNERS:
        return True
    return word.endswith("s") and _classify(word[:-1], lex) is not Kind.UNKNOWN
