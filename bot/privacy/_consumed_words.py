"""Capitalised words that name what is eaten, drunk or practised, not a person.

"She drinks Milo and watches Netflix", "drank Mate until the Ñembyasy passed", "they ate
Kleftiko at the Yiayia's": what is eaten or drunk is no one. "cooked Maria breakfast" (a
meal for someone after it), "ate Sarah's cake" (an owner) and "ate with Maria" stay.
"Uses Metta practice before bed", "the Vipassana meditation": a word before a lower-case
word for a spiritual practice is the practice; "Maria's practice" and "the Elm Practice"
(a surgery) stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Token

CONSUMING = frozenset(
    "drink drinks drank drinking sip sips sipped sipping eat eats ate eating".split()
)
# after the food, a word that makes the capitalised word the one a meal is for
_FOR_SOMEONE = frozenset(
    "a an the some her his their my our your breakfast lunch dinner tea supper food "
    "something".split()
)


_OWNERS = frozenset("her his my their our your".split())


def consumed(text: str, toks: list[Token], run: list[int]) -> bool:
    """Whether the capitalised run is what the verb right before it eats or drinks."""
    first, last = run[0], run[-1]
    if first == 0 or toks[last].possessive:
        return False
    verb = toks[first - 1]
    if verb.low not in CONSUMING or verb.capital or text[verb.end : toks[first].start] != " ":
        return False
    if first >= 2 and toks[first - 2].low in _OWNERS:
        return False  # "her ate April": after an owner "ate" is a Tagalog sister, no verb
    if last + 1 < len(toks):
        nxt = toks[last + 1]
        if text[toks[last].end : nxt.start] == " " and nxt.low in _FOR_SOMEONE:
            return False
    return True


_PRACTICES = frozenset(
    "practice practices meditation meditations prayer prayers chant chants chanting mantra "
    "mantras retreat retreats".split()
)
_NOT_BEFORE = frozenset({"at", "from", "to", "with"})  # "at Patel practice": a surgery


def practised(text: str, toks: list[Token], i: int) -> bool:
    """Whether the lone capitalised word ``toks[i]`` names a practice before its noun."""
    tok = toks[i]
    if tok.possessive or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.capital or text[tok.end : nxt.start] != " " or nxt.low not in _PRACTICES:
        return False
    return not (i > 0 and toks[i - 1].low in _NOT_BEFORE)
