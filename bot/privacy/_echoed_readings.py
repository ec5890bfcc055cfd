"""A lower-case word read as a word of its language in one place is that word where it is
echoed too: 'he said "main jeet raha tha" ... one small "jeet" per day'.

The lower-case name rules add every other occurrence of a word they read as a name (a name
typed once in lower case is typed so again). When a later pass reads the first occurrence
as a word of the stretch it stands in (a verb before an auxiliary of aspect, a pronoun of
a clause of another language), the echoes it caused stay behind as names. This pass drops
those echoes too.

Recall first: an echo in a person's slot of its own (after a title or kinship word, before a
verb of saying or a postposition of the subject, with a possessive ending) stays a name, and
so does every echo when another occurrence of the word is still read as a name.
"""

from __future__ import annotations

import re

from ._code_switched_words import (
    _PERSON_AFTER,  # pyright: ignore[reportPrivateUsage]
)
from ._kin_address import BEFORE_NAME
from ._vocab import TITLES

Candidate = tuple[int, int, str]

_PREV = re.compile(r"([^\W\d_]+)[.,]?\s+$")
_NEXT = re.compile(r"\s*([^\W\d_]+)")


def _single_lower(text: str, cand: Candidate) -> str:
    """The candidate's word when it is one lower-case word naming a person, else ''."""
    word = text[cand[0] : cand[1]]
    return word if cand[2] == "name" and word.isalpha() and word.islower() else ""


def without_echoes(text: str, before: list[Candidate], after: list[Candidate]) -> list[Candidate]:
    """``after`` (the candidates a pass kept of ``before``) without the echoes of a lower-case
    word the pass dropped everywhere it read it."""
    if len(after) == len(before):
        return after
    kept_spans = {(s, e) for s, e, _ in after}
    dropped = {
        w for c in before if (c[0], c[1]) not in kept_spans and (w := _single_lower(text, c))
    }
    if not dropped:
        return after
    # a word the pass kept as a name somewhere is still one everywhere
    named: dict[str, int] = {}
    for cand in after:
        word = _single_lower(text, cand)
        if word in dropped:
            named[word] = named.get(word, 0) + (1 if _person_slot(text, cand) else 0)
    return [c for c in after if not ((w := _single_lower(text, c)) in dropped and not named.get(w))]


def _person_slot(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    if text[end : end + 2] in ("'s", "’s"):
        return True
    prev = _PREV.search(text[max(0, start - 24) : start])
    if prev and (prev.group(1).lower() in TITLES or prev.group(1).lower() in BEFORE_NAME):
        return True
    nxt = _NEXT.match(text, end)
    return bool(nxt and text[end : end + 1] == " " and nxt.group(1).lower() in _PERSON_AFTER)
