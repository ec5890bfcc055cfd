"""Places named after a feature of the land, typed in lower case, where a clause says someone
lives, stays, comes from or goes there.

"kid lives in orange mound w his grandma", "they drove to window rock for the fair", "back
home in sandy lake, mostly", "grew up in cedar bluff": one word and a word for a feature of
the land ("lake", "rock", "mound", "creek", "bluff" ...) name a settlement or a part of a
town, but both words are everyday English words, and no list holds most such places (a
reserve, a neighbourhood, a hamlet). Read only after a verb of living or moving and its
preposition ("lives in", "grew up in", "drove to", "back home in"), with the clause
ending right after the pair or going on only with a small word ("now", "w", "for" ...).

"he stays at white river now", "out on the boat at dodges ferry", "grew up near pine
harbour": after "at", "near", "off", "by" or "outta" the pair names a place with no verb
before it, as a clause of where someone is says where. A farm or a wood is named so only
after a verb of living or moving ("they live in orange farm"), or with no verb when its
first word is in no list of words ("at kapiti farm"): "works at chicken farm", "sat by
fire wood" say what kind.

"behind his place on trout river", "the cabin on moose lake": after "on" a lake, river,
creek or bayou is named as it is after "at" ("on thin ice", "on fire" name none of them).
"walked down to current river", "way out in whistle flat": a word of direction ("down",
"out", "over", "round") stands where the verb does. The clause may go on with a new one
after the place ("out at pine flat he doesnt", "from kam lake to her sisters", "near rough
rock she didnt"): a pronoun, "n" or a preposition follows the name, no noun.
"fishing at champagne beach w his brothers": a beach is named so too; only its name is
taken, as "beach" is left after a capitalised name ("went to [place] beach").

"swam in the lake", "lives in a trailer", "moved to big rock", "went to rock bottom", "went
to salt flat tours" stay: an article or word of size, age or kind opens the pair, the second
word is no feature of the land, or a noun goes on after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lower_places import LIVING_PREPS, LIVING_VERBS, MOTION_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# heads that also end phrases of what kind ("chicken farm", "fire wood"): after a
# preposition alone, the word before them must be in no list of words
_KIND_HEADS = frozenset("farm farms wood woods".split())
# words for a feature of the land that end the name of a settlement
HEADS = (
    frozenset(
        "lake lakes rock rocks mound mounds creek creeks bluff bluffs flat flats ridge ridges "
        "falls springs valley hollow holler gap knob cove bayou prairie butte mesa downs heights "
        "bend river ferry harbour harbor cay island beach".split()
    )
    | _KIND_HEADS
)
# heads left after the name: "at [place] beach"
_KEPT_HEADS = frozenset({"beach"})
# prepositions of where someone is that need no verb before them
_BARE_PREPS = frozenset("at near off by outta".split())
# "on" leads into a place without a verb only before water one lives or fishes on
_ON = "on"
_WATER_HEADS = frozenset("lake lakes river creek creeks bayou".split())
# verbs of living or moving, and words of direction, that may come straight before the
# preposition
_VERBS = (
    MOTION_VERBS
    | LIVING_VERBS
    | frozenset("stay stayed drive driving comes home up down out over round".split())
)
# words that say how big, how old, which or whose, not a name
_NOT_NAMES = frozenset(
    """
    the a an this that these those my your his her our their its some any no every each
    big small little large tiny huge old new same other another whole local nearby rock
    salt fresh cold warm deep shallow frozen dry muddy rocky man-made many few several
    private public
    one two three four five six seven eight nine ten
    """.split()
)
# small words that may follow the place in the same clause
_AFTER = frozenset(
    "now then again last this next since with w and but so for after before until till "
    "when while because cos bc by near yesterday today tonight every lol".split()
) | frozenset(  # a new clause: "out at pine flat he doesnt", "from kam lake to her sisters"
    "he she they we i hes shes theyre his n to in on at".split()
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
        if not _name_word(word) or not _cued(prep, verb, word, head):
            continue
        if any(text[a.end : b.start] != " " for a, b in ((verb, prep), (prep, word), (word, head))):
            continue
        if _clause_goes_on(text, toks, i):
            continue
        out.append((word.start, word.end if head.low in _KEPT_HEADS else head.end, "place"))
    return out


def _cued(prep: Token, verb: Token, word: Token, head: Token) -> bool:
    """A verb of living or moving and its preposition, or a preposition of where alone
    (with a word in no list before a head that also says what kind)."""
    if prep.low in LIVING_PREPS and verb.low in _VERBS:
        return True
    if prep.low == _ON:
        return head.low in _WATER_HEADS
    if prep.low not in _BARE_PREPS:
        return False
    return head.low not in _KIND_HEADS or word.kind is not Kind.ORDINARY


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
