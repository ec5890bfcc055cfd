"""Congregations typed in lower case, named by an ordinal, a church name or a saint and a
denomination: "a lady at first baptist", "the pantry at first united methodist", "sings at
calvary baptist", "a friend from st. mary's".

A town has one "first baptist" or "st. paul's": named after a cue of attendance ("at",
"from", "to", "attends", "joined" ...) it places a client as a street does. The same words
are ordinary with a determiner or an owner before the ordinal ("her first baptist
service", "the first lutheran pastor she met"), with a comma between them ("first, the
baptist minister called"), without the cue ("the gospel of st. luke") and as a faith
alone ("she's lutheran"), and a saint's day, gospel or herb ("looking forward to st.
patrick's day", "switched to st john's wort").
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_DENOMINATIONS = frozenset(
    """
    baptist baptists lutheran methodist presbyterian episcopal episcopalian pentecostal
    congregational reformed adventist ame
    """.split()
)
_SAINTS = frozenset("st st. saint sts sts.".split())
_CUE = (
    r"(?:at|from|to|attends|attend|attended|attending|joined|joins|join|behind|outside"
    r"|near|via|through)"
)
# "first baptist", "second united methodist church", "calvary baptist", "mount zion baptist"
_ORDINAL_CHURCH = re.compile(
    rf"\b{_CUE}\s+(?P<org>(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|grace|calvary"
    r"|trinity|bethel|bethany|zion|mount\s+zion|mt\.?\s+zion|emmanuel|immanuel|shiloh|ebenezer"
    r"|new\s+hope|greater\s+[a-z]+)"
    r"(?:\s+(?:united|free|missionary|evangelical|southern))?"
    r"\s+(?:baptist|lutheran|methodist|presbyterian|episcopal|pentecostal|congregational"
    r"|reformed|adventist|ame)"
    r"(?:\s+(?:church|chapel))?)(?=['’]s\b|(?![\w'’-]))"
)
# "st. mark's", "saint anne's", "st mary's church": a saint's possessive after the cue
_SAINT_CHURCH = re.compile(
    rf"\b{_CUE}\s+(?P<org>(?:st\.?|saint|sts\.?)\s+[a-z][a-z-]+['’]s"
    r"(?:\s+(?:church|chapel|parish|hospital|school|college))?)(?![\w'’-])"
    # a saint's day, gospel or herb, not a congregation: "to st. patrick's day", "st john's wort"
    r"(?!\s+(?:day|eve|night|gospel|feast|novena|prayers?|medal|letters?|epistle|wort|cross)\b)"
)


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a denomination, or a saint's abbreviation, stands among the words."""
    return not _DENOMINATIONS.isdisjoint(lows) or not _SAINTS.isdisjoint(lows)


def small_churches(text: str) -> list[Candidate]:
    """Congregations typed small after a cue of attendance (see the module)."""
    out: list[Candidate] = []
    for pattern in (_ORDINAL_CHURCH, _SAINT_CHURCH):
        for m in pattern.finditer(text):
            out.append((m.start("org"), m.end("org"), "org"))
    return out
