"""The words of one text, read once per pass and shared by the rules that read them all.

A word is what ``_word_classes._WORD_SPLIT`` splits out: letters, joined by hyphens or
apostrophes (``[^\\W\\d_]+(?:[-'’][^\\W\\d_]+)*``). ``find_proper_nouns`` splits its text once
for its tokens; the rules that read every word of that text again (which language a clause
is written in, which creole words it holds) take them from here instead of scanning the text
once more each. A ``TextWords`` lives for one pass: nothing keeps it after the call returns.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from ._word_classes import _ASCII_WORD_SPLIT, _WORD_SPLIT


def split_words(text: str) -> list[str]:
    """``text`` split around its words: gap, word, gap, ..., gap (as ``re.split`` with the
    word as a group gives it; on ASCII text with the ASCII pattern, which finds the same
    words: there every letter is an ASCII letter and no ’ stands)."""
    return (_ASCII_WORD_SPLIT if text.isascii() else _WORD_SPLIT).split(text)


class TextWords:
    """Each word of a text in order: where it starts and ends, and it in lower case (as
    ``[m.group().lower() for m in pattern.finditer(text)]`` gives them, for a pattern that
    matches what ``_WORD_SPLIT`` matches: a possessive pattern finds the same longest word
    as a greedy one, nothing after it asking for less)."""

    __slots__ = ("ends", "lows", "starts")

    def __init__(self, starts: list[int], ends: list[int], lows: list[str]) -> None:
        self.starts = starts
        self.ends = ends
        self.lows = lows

    @classmethod
    def from_parts(cls, parts: list[str]) -> TextWords:
        """The words of a text from ``split_words`` of it."""
        # the offsets are running sums of the parts' lengths: a part ends where the next begins
        bounds = [0, *accumulate(map(len, parts))]
        return cls(bounds[1:-1:2], bounds[2:-1:2], list(map(str.lower, parts[1::2])))

    @classmethod
    def of(cls, text: str) -> TextWords:
        return cls.from_parts(split_words(text))

    def between(self, start: int, end: int) -> tuple[int, int]:
        """The indices ``i, j`` of the words starting at ``start`` up to ``end`` (words
        ``i`` to ``j - 1``): those inside the stretch when no word crosses its edges."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    def outside(self, spans: list[tuple[int, int]]) -> TextWords:
        """The words that start in none of ``spans`` (sorted, apart), for spans that no word
        crosses: the words of the text with those stretches blanked to spaces."""
        if not spans:
            return self
        # the words between the spans, cut out by binary search: the words starting inside
        # a span are those from the first starting at or after its start up to its end
        starts, ends, lows = self.starts, self.ends, self.lows
        kept_starts: list[int] = []
        kept_ends: list[int] = []
        kept_lows: list[str] = []
        i = 0
        for lo, hi in spans:
            j = bisect_left(starts, lo, i)
            kept_starts += starts[i:j]
            kept_ends += ends[i:j]
            kept_lows += lows[i:j]
            i = max(j, bisect_left(starts, hi, i))
        kept_starts += starts[i:]
        kept_ends += ends[i:]
        kept_lows += lows[i:]
        return TextWords(kept_starts, kept_ends, kept_lows)
