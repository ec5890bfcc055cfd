"""Organisations named by what they are dedicated to, or by a capitalised "The".

"Nativity Girls School", "Holy Family Clinic", "Trinity College" are each one school or
clinic although every word in them is an everyday or faith word; "went to The Children's
Clinic" names one clinic where "the children's clinic" names a kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Token


def named_by_dedication_or_the(text: str, toks: Sequence[Token], run: list[int]) -> bool:
    """ "Nativity Girls School", "Holy Family Clinic", "Trinity College": a feast or mystery
    of faith a school, clinic or church is dedicated to names which one it is; and "went to
    The Children's Clinic": "The" written with a capital in mid-sentence, after a lower-case
    word, is part of one organisation's name (a heading in capitals is no such sentence)."""
    first = toks[run[0]]
    if first.low in DEDICATIONS:
        return toks[run[-1]].low not in _GATHERINGS
    if first.word != "The" or run[0] == 0:
        return False
    prev = toks[run[0] - 1]
    return not prev.capital and text[prev.end : first.start] == " "


# Feasts, mysteries and holy places of Christian faith that schools, clinics and churches
# are named after (not "Bible", "Sunday": a Bible College, a Sunday School is a kind)
DEDICATIONS = frozenset(
    """
    nativity trinity resurrection ascension assumption annunciation incarnation epiphany
    transfiguration visitation redeemer saviour savior providence covenant calvary emmanuel
    immanuel bethel zion shiloh ebenezer gethsemane nazareth bethany bethesda bethlehem
    jerusalem carmel sinai hermon christ holy sacred blessed corpus pentecost advent
    """.split()
)
# what a feast names when it is a gathering, not a place: "the Advent Service", "the Holy
# Week Assembly", "Nativity Fellowship"
_GATHERINGS = frozenset("service services assembly fellowship club project market".split())
