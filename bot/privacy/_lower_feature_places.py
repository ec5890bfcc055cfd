"""Places named after a feature of the land, typed in lower case, where a clause says someone
lives, stays, comes from or goes there.

"kid lives in orange mound w his grandma", "they drove to window rock for the fair", "back
home in sandy lake, mostly", "grew up in cedar bluff": one word and a word for a feature of
the land ("lake", "rock", "mound", "creek", "bluff" ...) name a settlement or a part of a
town, but both words are everyday English words, and no list holds most such places (a
reserve, a neighbourhood, a hamlet). Read only after a verb of living or moving and its
preposition ("lives in", "grew up in", "drove to", "back home in"), with the clause
ending right after the pair or going on only with a small word ("now", "w", "for" ...).

"swam in the lake", "lives in a trailer", "moved to big rock", "went to rock bottom", "went
to salt flat tours" stay: an article or word of size, age or kind opens the pair, the second
word is no feature of the land, or a noun goes on after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lower_places import LIVING_PREPS, LIVING_VERBS, MOTION_VERBS

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# words for a feature of the land that end the name of a settlement
HEADS = frozenset(
    "lake lakes rock rocks mound mounds creek creeks bluff bluffs flat flats ridge ridges "
    "falls springs valley hollow holler gap knob cove bayou prairie butte mesa".split()
)
# verbs of living or moving that may come straight before the preposition
_VERBS = MOTION_VERBS | LIVING_VERBS | frozenset("stay stayed drive driving comes home up".split())
# words that say how big, how old, which or whose, not a name
_NOT_NAMES = frozenset(
    """
    the a an this that these those my your his her our their its some any no every each
    big small little large tiny huge old new same other another whole local nearby rock
    salt fresh cold warm deep shallow frozen dry muddy rocky man-made
    one two three four five six seven eight nine ten
    """.split()
)
# small words that may follow the place in the same clause
_AFTER = frozenset(
    "now then again last this next since with w and but so for after before until till "
    "when while because cos bc by near yesterday today tonight every lol".split()
)
_MIN_WORD = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a word for a feature of the land is in the text."""
    return not HEADS.isdisjoint(lows)


def lower_feature_places(text: str, toks: list[Token]) -> list[Candidate]:
    """ "lives in orange mound", "drove to window rock": see the module."""
    out: list[Candidate] = []
    for i in range(3, len(toks)):
        head, word, prep, verb = toks[i], toks[i - 1], toks[i - 2], toks[i - 3]
        if head.low not in HEADS or head.word != head.low or head.possessive:
            continue
        if not _name_word(word) or prep.low not in LIVING_PREPS or verb.low not in _VERBS:
            continue
        if any(text[a.end : b.start] != " " for a, b in ((verb, prep), (prep, word), (word, head))):
            continue
        if _clause_goes_on(text, toks, i):
            continue
        out.append((word.start, head.end, "place"))
    return out


def _name_word(tok: Token) -> bool:
    low = tok.low
    return (
        tok.word == low
        and not tok.possessive
        and len(low) >= _MIN_WORD
        and low.isalpha()
        and low not in _NOT_NAMES
        and low not in HEADS
    )


def _clause_goes_on(text: str, toks: list[Token], i: int) -> bool:
    """A word that is no small link word follows the place in the same clause."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    gap = text[toks[i].end : nxt.start]
    return gap == " " and nxt.low not in _AFTER
