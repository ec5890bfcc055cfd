"""Language names after "in" in a sentence about speaking: "In Bangla, the client said",
"she speaks to me only in euskera", "he answered in Kurmancî".

The Unicode CLDR's language names (``cldr_words.txt.gz``, through ``tables().languages``)
are everyday words, but after "in" the place rules read a capitalised word in no list as a
town ("in [place]"). A sentence that speaks of speaking, asking, answering, writing or
praying says which "in" it is: the language the words were said in.

Recall first: only a candidate that is this one word alone is dropped, only when the word is
a CLDR language name that is no listed given name, surname or town (``languages`` holds only
those), right after "in" (no other preposition of place: "to", "at", "from" lead to towns),
and only when the same sentence holds a verb of speech or writing or the word "language"
and no word of whereabouts ("she said she grew up in X", "lives", "went", "back home").
A person's slot keeps it: a verb of speech or a possessive right after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from typing import TYPE_CHECKING

from ._function_words import tables
from ._name_cues import _person_follows  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_SPEECH = re.compile(
    r"\b(?:speak|speaks|speaking|spoke|spoken|say|says|said|saying|ask|asks|asked|answer|"
    r"answers|answered|reply|replies|replied|write|writes|wrote|written|talk|talks|talked|"
    r"pray|prays|prayed|sing|sings|sang|language|languages|translate|translated|swear|swore)\b",
    re.IGNORECASE,
)
# a sentence about where someone is or goes may also speak: "she said she grew up in X"
_WHEREABOUTS = re.compile(
    r"\b(?:live|lives|lived|living|born|grew|grow|grows|raised|moved|move|moves|visit|visits|"
    r"visited|went|go|goes|going|gone|travel|travels|travelled|traveled|stay|stays|stayed|"
    r"staying|trip|back|home|house|work|works|worked|school|town|city|village|met|meet)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def may_hold(lows: list[str]) -> bool:
    """Cheap check: "in" among the text's words."""
    return "in" in lows


def keep_spoken_languages(text: str, toks: list[Token], out: list[Candidate]) -> list[Candidate]:
    """Drop one-word candidates that are the language something was said in."""
    languages = tables().languages
    kept: list[Candidate] = []
    for cand in out:
        k = bisect_left(toks, cand[0], key=attrgetter("start"))
        if (
            0 < k < len(toks)
            and (toks[k].start, toks[k].end) == (cand[0], cand[1])
            and toks[k].low in languages
            and toks[k - 1].low == "in"
            and text[toks[k - 1].end : toks[k].start] == " "
            and not _person_follows(text, toks, k, weak=False)
            and _spoken_of(_sentence(text, cand[0], cand[1]))
        ):
            continue
        kept.append(cand)
    return kept


def _spoken_of(sentence: str) -> bool:
    return bool(_SPEECH.search(sentence)) and not _WHEREABOUTS.search(sentence)


def _sentence(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]
