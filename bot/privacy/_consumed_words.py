"""Capitalised words right after a verb of eating or drinking: a food or drink, not a person.

"She drinks Milo and watches Netflix", "drank Mate until the Ñembyasy passed", "they ate
Kleftiko at the Yiayia's": what is eaten or drunk is no one. "cooked Maria breakfast" (a
meal for someone after it), "ate Sarah's cake" (an owner) and "ate with Maria" stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._proper_nouns import Token

CONSUMING = frozenset(
    "drink drinks drank drinking sip sips sipped sipping eat eats ate eating".split()
)
# after the food, a word that makes the capitalised word the one a meal is for
_FOR_SOMEONE = frozenset(
    "a an the some her his their my our your breakfast lunch dinner tea supper food "
    "something".split()
)


def consumed(text: str, toks: list[Token], run: list[int]) -> bool:
    """Whether the capitalised run is what the verb right before it eats or drinks."""
    first, last = run[0], run[-1]
    if first == 0 or toks[last].possessive:
        return False
    verb = toks[first - 1]
    if verb.low not in CONSUMING or verb.capital or text[verb.end : toks[first].start] != " ":
        return False
    if last + 1 < len(toks):
        nxt = toks[last + 1]
        if text[toks[last].end : nxt.start] == " " and nxt.low in _FOR_SOMEONE:
            return False
    return True
