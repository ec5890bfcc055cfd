"""A place the rules removed is the same place where the text names it again: "Half term at
her dad's in Bath was calm. She said Bath felt like neutral ground."

The second time, a town named by an everyday word often stands where no cue of place does
(opening a sentence, as the subject of a verb of feeling), and the rules read it as the word;
but a writer who has just named the town and capitalises the word again means the town. So
each place of capitalised words (one to three) found in a text is found again wherever the
same words stand capitalised as whole words. Months and weekdays ("commutes from March to
Ely ... in March (the month)") are left to the rules that read dates, and a place named with
"the" ("went to the Pueblo", a common noun capitalised as often) is not carried further.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._span import Span

_ECHOABLE = re.compile(r"[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2}")
# "went to the Pueblo": a word with an article may be a capitalised common noun, found
# as a place by its own cue and not carried to the other places it stands
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he $")
_CALENDAR = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
    """.split()
)


def place_echoes(text: str, spans: Sequence[Span]) -> list[tuple[int, int, str]]:
    """Other places where a place found in ``text`` stands again, capitalised alike."""
    places = {
        s.text
        for s in spans
        if s.kind == "place"
        and _ECHOABLE.fullmatch(s.text)
        and s.text.split()[0].lower() not in _CALENDAR
        and not _ARTICLE_BEFORE.search(text, max(0, s.start - 4), s.start)
    }
    if not places:
        return []
    taken = [(s.start, s.end) for s in spans]
    out: list[tuple[int, int, str]] = []
    for place in places:
        if text.count(place) < 2:  # found once: nothing to echo
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(place)}(?![\w'’-])", text):
            start, end = m.span()
            if not any(lo < end and start < hi for lo, hi in taken):
                out.append((start, end, "place"))
    return out
