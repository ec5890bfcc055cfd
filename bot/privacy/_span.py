"""The span type shared by all detectors, and overlap resolution."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter


@dataclass(frozen=True, slots=True)
class Span:
    """One identifier found in a text: ``text[start:end]`` of the given kind."""

    start: int
    end: int
    kind: str
    text: str


def select(text: str, *layers: Iterable[tuple[int, int, str]]) -> list[Span]:
    """Merge candidate layers into sorted, non-overlapping spans.

    Earlier layers win over later ones; inside a layer, earlier then longer wins.
    """
    taken: list[tuple[int, int, str]] = []
    starts: list[int] = []  # sorted starts of taken spans, parallel to ``taken``
    for layer in layers:
        if not layer:
            continue
        # earlier then longer, ties in their order: two sorts on C keys cost less
        # than one on a Python key
        ordered = (
            layer
            if type(layer) is list and len(layer) == 1
            else sorted(sorted(layer, key=_END, reverse=True), key=_START)
        )
        for start, end, kind in ordered:
            if start >= end:
                continue
            i = bisect_left(starts, end)  # spans starting before our end
            if i and taken[i - 1][1] > start:
                continue
            if i < len(taken) and taken[i][0] < end:
                continue
            taken.insert(i, (start, end, kind))
            starts.insert(i, start)
    if not taken:
        return []
    taken.sort()
    out: list[Span] = []
    for s, e, k in _whole_words(text, taken):
        span = _new(Span)  # set slot by slot: the frozen ``__init__`` costs twice as much
        _set_start(span, s)
        _set_end(span, e)
        _set_kind(span, k)
        _set_text(span, text[s:e])
        out.append(span)
    return out


_new = object.__new__
_set_start = vars(Span)["start"].__set__
_set_end = vars(Span)["end"].__set__
_set_kind = vars(Span)["kind"].__set__
_set_text = vars(Span)["text"].__set__


_START = itemgetter(0)
_END = itemgetter(1)


def _whole_words(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Widen spans that cut through a word, so a placeholder never sits glued to
    leftover letters or digits (which could read differently on a second pass)."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
            end += 1
        if out and start < out[-1][1]:
            prev_start, prev_end, prev_kind = out[-1]
            out[-1] = (prev_start, max(prev_end, end), prev_kind)
        else:
            out.append((start, end, kind))
    return out
