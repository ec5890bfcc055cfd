"""Programmes and drop-ins named by a word or two before "youth club" or "drop-in": "the
bridge youth program", "at west end youth project", "zone youth club", "the Oasis drop-in".

"the youth club" is a service in general, but a word standing between "the" (or "at", "to")
and "youth club" that says neither what kind, whose, when nor where in general ("the local
youth club", "the church youth group", "the Friday drop-in", "the women's drop-in") is the
programme's own name, which places a young client as surely as a school's name does. Only the
name goes into the placeholder: the kind words after it say no more than "the youth club".

Kept: the kind words alone, and any word before them that is a function word, a word of a
kind of place or service, a descriptor, a time, a kinsman, a number, a weekday or month,
an acronym ("the LGBT youth group") or a possessive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._capital_employers import _KIND_WORDS
from ._everyday_word_employers import _WHEN
from ._function_words import tables
from ._kin_words import _KIN_VOCAB
from ._venues import _DESCRIPTORS, _PLACE_KINDS
from ._word_classes import DETERMINERS, Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# the kinds of programme named after "youth"
_YOUTH_BODIES = frozenset(
    """
    program programme project club cafe café centre center drop-in drop hub group team service
    """.split()
)
# words that open the name: an article or a preposition of place or movement
_OPENERS = frozenset("the at to from with into of".split())
# times, ages and manners that describe a programme without naming it
_GENERAL = frozenset(
    """
    morning mornings afternoon afternoons evening evenings night lunchtime weekly daily
    monthly fortnightly summer winter spring autumn fall holiday holidays term after-school
    after school free drop mental health sexual homeless lgbt lgbtq queer trans teen young
    youth kids children girls boys women men family families parent parents peer
    """.split()
)
_MAX_NAME_WORDS = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "youth" or a drop-in is among the words."""
    return "youth" in lows or "drop-in" in lows or "drop" in lows


def named_programmes(text: str, toks: list[Token]) -> list[Candidate]:
    """Names of a youth programme or drop-in (the kind words after them are left)."""
    out: list[Candidate] = []
    for i in range(len(toks)):
        end = _kind_end(text, toks, i)
        if end is None:
            continue
        first = _name_start(text, toks, i)
        if first is not None:
            out.append((toks[first].start, toks[i - 1].end, "org"))
    return out


def _kind_end(text: str, toks: list[Token], i: int) -> int | None:
    """Where the kind words from ``toks[i]`` end ("youth club", "drop-in", "drop in")."""
    low = toks[i].low
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or text[toks[i].end : nxt.start] not in (" ", "-"):
        return toks[i].end if low == "drop-in" else None
    if low == "youth" and nxt.low in _YOUTH_BODIES:
        if nxt.low == "drop" and i + 2 < len(toks) and toks[i + 2].low == "in":
            return toks[i + 2].end
        return nxt.end if nxt.low != "drop" else None
    if low == "drop" and nxt.low == "in":
        return nxt.end
    if low == "drop-in":
        return toks[i].end
    return None


def _name_start(text: str, toks: list[Token], i: int) -> int | None:
    """The first word of the name right before ``toks[i]``, after an opener, or None."""
    k = i - 1
    while k >= 0 and i - k <= _MAX_NAME_WORDS:
        if text[toks[k].end : toks[k + 1].start] != " ":
            return None
        if toks[k].low in _OPENERS and k < i - 1:
            return k + 1
        if not _name_word(toks[k]):
            return None
        k -= 1
    return None


def _name_word(tok: Token) -> bool:
    """A word that may be part of a programme's own name."""
    low = tok.low
    if tok.acronym or tok.possessive or tok.kind is Kind.STOP or tok.title:
        return False
    if not low.isalpha() or len(low) < 2:
        return False
    if low in DETERMINERS or low in tables().langs:
        return False
    return not (
        low in _GENERAL
        or low in _KIND_WORDS
        or low in _DESCRIPTORS
        or low in _PLACE_KINDS
        or low in _WHEN
        or low in _KIN_VOCAB
    )
