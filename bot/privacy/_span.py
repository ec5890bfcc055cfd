"""The span type shared by all detectors, and overlap resolution."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


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
    for layer in layers:
        for start, end, kind in sorted(layer, key=lambda c: (c[0], -c[1])):
            if start >= end or any(start < e and s < end for s, e, _ in taken):
                continue
            taken.append((start, end, kind))
    taken.sort()
    return [Span(s, e, k, text[s:e]) for s, e, k in taken]
