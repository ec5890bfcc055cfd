"""Places typed in lower case after "to", where someone rode, drove, cycled, hiked or took
someone there.

"he took the U1 to reumannplatz alone", "she drives her nan to kalkara every week", "we
rode the bikes to ostrava, then", "been cycling to chunnakam with his friend", "hiked to
sarangkot and back": a lower-case word in no list of words after "to", with a
verb of riding, driving, flying or taking someone a few words before it in the clause, and
the clause ending there or going on only with a small word ("alone", "and", "every", ...),
is a place. "went to" is left alone: it leads as often to a word of another language for a
kind of place or outing ("went to kovil", "went to hanami") or a misspelling ("to skool"),
and "to" before a verb ("took him to vape") is followed by more of the clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_MIN_WORD = 4
_REACH = 4  # words at most between the verb and the "to"
_BREAK = re.compile(r"[.!?;:,\n()\"“”]")
# verbs of riding, driving, flying, cycling, hiking or taking someone somewhere
_RIDING = frozenset(
    "drove drive drives driving rode ride rides riding took take takes taking flew fly "
    "flies flying cycled biked bring brings brought"
    # going there under one's own steam, as a habit or an outing: "been cycling to X daily"
    " cycle cycles cycling bike bikes biking jog jogs jogging jogged hike hikes hiking hiked "
    "trek treks trekking trekked commute commutes commuting commuted".split()
)
# small words that may follow the place in its clause
_AFTER = frozenset(
    "and alone without with w for on by now then again every last this yesterday today "
    "tonight tomorrow at in but so".split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "to" and a verb of riding or taking are in the text."""
    return "to" in lows and not _RIDING.isdisjoint(lows)


def ridden_to_places(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """The unlisted lower-case word after "to" where someone rode or was taken (see the
    module docstring)."""
    taken = {s for s, _, _ in found}
    out: list[Candidate] = []
    for k, tok in enumerate(toks[:-1]):
        if tok.word != "to":
            continue
        dest = toks[k + 1]
        if dest.start != tok.end + 1 or not _unlisted(dest) or dest.start in taken:
            continue
        if k + 2 < len(toks):
            nxt = toks[k + 2]
            if not _BREAK.search(text, dest.end, nxt.start) and nxt.low not in _AFTER:
                continue
        if any(
            t.low in _RIDING and not _BREAK.search(text, t.end, tok.start)
            for t in toks[max(0, k - _REACH) : k]
        ):
            out.append((dest.start, dest.end, "place"))
    return out


def _unlisted(tok: Token) -> bool:
    word = tok.word
    return (
        tok.kind is Kind.UNKNOWN
        and word == tok.low
        and word.isalpha()
        and len(word) >= _MIN_WORD
        and not tok.possessive
    )
