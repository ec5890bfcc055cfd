"""Neighbourhoods and estates named "the" and a word of the land, typed in lower case, and
cities typed without their word "city".

"she lives in the heights", "they meet at the forks", "the park near the grange", "moved to
the meadows": a part of town is so often called "the" and a plural or old word for the
lie of the land ("The Heights", "The Forks", "The Meadows", "The Grange") that, typed in
lower case right after "at", "near", "to" or "from", or "in" after a verb of living, such a
word names the place where someone lives or goes. Kept: the word with "of" or a noun after
it ("at the heights of", "near the meadows behind the house").

"grew up in salt lake", "from panama beach": a listed city of two words and "city" (the
bundled list of towns), typed without "city" after a preposition of place, is that city;
a listed place or region of the two words alone is left to the rules for those.
"""

from __future__ import annotations

from ._lexicon import Lexicon
from ._word_classes import Candidate, Kind, Token

LAND_WORDS = frozenset(
    "heights forks grange meadows glades downs dales hollows narrows bottoms knolls".split()
)
_PREPS = frozenset("at near to from by around".split())
_LIVING = frozenset(
    "lives live living lived stays stay staying stayed moved grew raised born based".split()
)
# what may follow the name in its clause: a time, a small word, a verb of the next clause
_AFTER = frozenset(
    """
    now then again last this next since and but so for after before until till when while
    because cos bc every on in at to w with lol area side estate and is was where which with
    """.split()
)
_CITY_PREPS = frozenset("in from to near".split())
_MAX_CITY_WORDS = 2


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a word of the land, or "in"/"from"/"to"/"near" before some word."""
    return not LAND_WORDS.isdisjoint(lows) or not _CITY_PREPS.isdisjoint(lows)


def landform_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """The places above, in the order of the text."""
    out: list[Candidate] = []
    for i in range(2, len(toks)):
        if toks[i].low in LAND_WORDS and _the_land_word(text, toks, i):
            out.append((toks[i - 1].start, toks[i].end, "place"))
    for i in range(len(toks) - 1):
        if toks[i].low in _CITY_PREPS and text[toks[i].end : toks[i + 1].start] == " ":
            end = _city_without_city(text, toks, i + 1, lex)
            if end:
                out.append((toks[i + 1].start, toks[end].end, "place"))
    return out


def _the_land_word(text: str, toks: list[Token], i: int) -> bool:
    tok, the, prep = toks[i], toks[i - 1], toks[i - 2]
    if not tok.word.islower() or tok.possessive or the.word != "the":
        return False
    if text[prep.end : tok.start] != " the ":
        return False
    living = prep.low == "in" and i >= 3 and toks[i - 3].low in _LIVING
    if prep.low not in _PREPS and not living:
        return False
    if i + 1 < len(toks):
        gap = text[tok.end : toks[i + 1].start]
        if gap == " " and toks[i + 1].low not in _AFTER:
            return False
    return True


def _city_without_city(text: str, toks: list[Token], first: int, lex: Lexicon) -> int:
    """The index of the last word of a city typed without "city" from ``first``, or 0."""
    k = first + _MAX_CITY_WORDS - 1  # two words only: "salt lake"
    if k >= len(toks):
        return 0
    words = toks[first : k + 1]
    if any(t.capital or t.kind is Kind.STOP or not t.word.isalpha() for t in words):
        return 0
    if text[words[0].end : words[1].start] != " ":
        return 0
    name = " ".join(t.low for t in words)
    if name in lex.places or name in lex.regions:
        return 0
    if f"{name} city" in lex.places and (k + 1 >= len(toks) or toks[k + 1].low != "city"):
        return k
    return 0
