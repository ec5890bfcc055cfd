"""Things called by a name of their own: "a worksheet called Three Good Things", "an app
called Finch", "a chart called Star of the Week", "an exercise called Best Friend Voice".

After a noun of a made thing (a worksheet, game, app, book, song, exercise, chart, jar,
routine) and "called" or "named", the capitalised words are that thing's title, and no
person's or place's name: the title names the thing, which identifies nobody. The title
runs over capitalised words and the small words of titles between them ("of the", "and").
Nouns of people, places and bodies ("a friend called", "a village called", "a cafe
called", "a charity called") are not in the list: what follows them is an identifier.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

THING_NOUNS = frozenset(
    """
    worksheet worksheets sheet handout homework exercise exercises technique activity game
    games app apps book books song songs podcast podcasts show series film movie video videos
    chart charts jar box plan ritual routine tool card cards poster list diary journal
    sticker stickers programme program workbook story stories poem meditation script skill
    strategy playlist channel website blog toy doll teddy character characters board
    """.split()
)
_CUE = re.compile(r"\b(?P<noun>[a-z]+)[ \t]+(?:called|named|titled|entitled)$", re.IGNORECASE)
_TITLE_WORD = re.compile(r"(?:[A-Z0-9][\w'’-]*|of|the|and|a|an|to|in|on|for|who|my|your|&)")
_GAP = re.compile(r"[ \t]+")
_CUE_WORD = re.compile(r"\b(?:called|named|titled|entitled)\b")
_QUOTE_GAP = re.compile(r"[ \t]+[\"“'‘]?")
_LOOK_BACK = 30
_MAX_WORDS = 8


def may_hold(lows: list[str]) -> bool:
    """Cheap check: "called" or "named" among the text's words."""
    return "called" in lows or "named" in lows or "titled" in lows or "entitled" in lows


def keep_called_things(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates inside a made thing's title after "called"."""
    titles = [t for t in _titles(text) if t[0] < t[1]]
    if not titles:
        return out
    return [c for c in out if not any(lo <= c[0] and c[1] <= hi for lo, hi in titles)]


def _titles(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for m in _CUE_WORD.finditer(text):
        cue = _CUE.search(text, max(0, m.start() - _LOOK_BACK), m.end())
        gap = _QUOTE_GAP.match(text, m.end())
        if cue is None or gap is None or cue.group("noun").lower() not in THING_NOUNS:
            continue
        found.append(_title_run(text, gap.end()))
    return found


def _title_run(text: str, start: int) -> tuple[int, int]:
    """The capitalised title from ``start``: it ends at its last capitalised word (empty
    when the first word is not capitalised)."""
    end = pos = start
    for n in range(_MAX_WORDS):
        word = _TITLE_WORD.match(text, pos)
        if word is None:
            break
        first = word.group()[:1]
        if first.isupper() or first.isdigit():
            end = word.end()
        elif n == 0:
            break
        gap = _GAP.match(text, word.end())
        if gap is None:
            break
        pos = gap.end()
    return start, end
