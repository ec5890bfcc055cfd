"""A famous club named as the one a client plays or trains in: "plays in Galatasaray youth
team", "trains at the Benfica academy", "swims for Fenerbahçe", "the juniors of Boca".

``_public`` keeps a listed team where it is followed or talked about ("a fan of Boca",
"Galatasaray matches with his father"): thousands follow it. A player in its youth teams,
academy or sections is one of a few hundred, in one town, so there the club places the
client as a school does. Cues: a verb of playing or training and a preposition before the
club, "member of", "joined", or a word of a youth side or section after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class _Tok(Protocol):
    start: int
    end: int
    low: str
    capital: bool


_PLAYING = frozenset(
    """
    plays played playing play trains trained training train swims swam swimming swim runs
    boxes boxing wrestles wrestling fights competes competed competing signed joined join
    joins joining dances dancing coached coaches coaching
    """.split()
)
_PREPS = frozenset("for in at with of".split())
_SIDES = frozenset(
    """
    youth academy juniors junior under u13 u14 u15 u16 u17 u18 u19 u21 u23 reserves reserve
    girls boys kids women's girls' boys' cadets infantiles juveniles alevines sub
    """.split()
)
_MEMBER = ("member", "members", "juniors", "academy", "youth", "cadets")
_REACH = 4


def club_member(toks: Sequence[_Tok], first: int, last: int) -> bool:
    """Whether the club named by ``toks[first:last + 1]`` is one the client plays in."""
    if last + 1 < len(toks) and toks[last + 1].low in _SIDES:
        return True
    back = list(toks[max(0, first - _REACH) : first])
    if back and back[-1].low == "the":
        back.pop()
    if not back or back[-1].low not in _PREPS:
        return False
    if back[-1].low == "of":
        return len(back) > 1 and back[-2].low in _MEMBER
    # the verb right before the preposition, or one sport typed in lower case between:
    # "plays volleyball in", not "plays FIFA with"
    between = back[:-1]
    if between and between[-1].low in _PLAYING:
        return True
    return len(between) > 1 and between[-2].low in _PLAYING and not between[-1].capital
