"""Where the rules decided on purpose that a word is safe, for the tagger to leave alone.

The rules keep many words on purpose: a candidate a keep pass drops ("lives in hope", a word
of a quote in another language, a kinship word), or a word a finder looks at and declines (a
gloss in brackets after a role, "the teacher (kaiako)"). The learned second opinion
(``_tagger``) reads the text as the rules leave it and would judge such a word again,
undoing the rule's decision; so the rules report where they decided, and the tagger never
judges a word there.

``find_proper_nouns`` opens a record for its own text (``recording``): a finder that
declines a word on purpose calls ``record``, and the candidates its keep passes drop are
recorded when it ends (``dropped``). The caller collects the ranges (``collecting``) and
carries them, as character ranges, to the text the tagger reads (``moved``). Nothing is
recorded when no caller collects, so the rules alone cost nothing more.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Range = tuple[int, int]

# the ranges recorded in the text the innermost ``find_proper_nouns`` reads (None: no one
# collects), and the list a caller collects them in, in the same text's offsets
_record: ContextVar[list[Range] | None] = ContextVar("decided_record", default=None)
_sink: ContextVar[list[Range] | None] = ContextVar("decided_sink", default=None)


def record(start: int, end: int) -> None:
    """Note that the rules decided the text's ``start:end`` is safe on purpose."""
    held = _record.get()
    if held is not None and start < end:
        held.append((start, end))


def recording_on() -> bool:
    """Whether anything is collected (a rule may skip work done only to record)."""
    return _record.get() is not None


@contextmanager
def recording() -> Iterator[list[Range] | None]:
    """A fresh record for one reading of a text, if a caller collects: a reading nested in
    another (a rule reading a part of the text again) records nothing for the outer one.
    What was recorded goes to the caller's list when the reading ends."""
    sink = _sink.get()
    held: list[Range] | None = [] if sink is not None else None
    token = _record.set(held)
    sink_token = _sink.set(None)  # nested readings have offsets of their own text
    try:
        yield held
    finally:
        _sink.reset(sink_token)
        _record.reset(token)
    if sink is not None and held:
        sink.extend(held)


@contextmanager
def collecting(into: list[Range] | None) -> Iterator[None]:
    """Collect into ``into`` what the next reading records (nothing when ``into`` is None)."""
    token = _sink.set(into)
    try:
        yield
    finally:
        _sink.reset(token)


def dropped(
    proposed: list[tuple[int, int, str]], kept: list[tuple[int, int, str]], words: list[Range]
) -> list[Range]:
    """The ``words`` (sorted ranges) inside a ``proposed`` candidate but in no ``kept`` one:
    the words a keep pass decided were safe."""
    if not proposed:
        return []
    starts = [w[0] for w in words]
    covered = _covered(kept, words, starts)
    out: set[Range] = set()
    for start, end, _ in proposed:
        k = bisect_left(starts, start)
        while k < len(words) and words[k][0] < end:
            if k not in covered:
                out.add(words[k])
            k += 1
    return sorted(out)


def _covered(found: list[tuple[int, int, str]], words: list[Range], starts: list[int]) -> set[int]:
    out: set[int] = set()
    for start, end, _ in found:
        k = max(0, bisect_left(starts, start) - 1)
        while k < len(words) and words[k][0] < end:
            if words[k][1] > start:
                out.add(k)
            k += 1
    return out


def moved(ranges: list[Range], replaced: list[tuple[int, int]], holes: list[Range]) -> list[Range]:
    """``ranges`` of a text carried to the text where each ``replaced`` stretch (sorted,
    apart) now stands at its hole: a range inside a replaced stretch is gone."""
    if not replaced:
        return ranges
    out: list[Range] = []
    ends = [e for _, e in replaced]
    for start, end in ranges:
        k = bisect_left(ends, start + 1)  # first replaced stretch ending after ``start``
        if k < len(replaced) and replaced[k][0] < end:
            continue  # overlaps a replaced stretch
        shift = 0 if k == 0 else holes[k - 1][1] - replaced[k - 1][1]
        out.append((start + shift, end + shift))
    return out


def merged(ranges: list[Range]) -> list[Range]:
    """``ranges`` sorted, those that overlap or touch joined into one."""
    out: list[Range] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def overlapping(ranges: list[Range], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of the ``ranges`` (as ``merged`` gives them)."""
    k = bisect_left(ranges, (end,))
    return k > 0 and ranges[k - 1][1] > start
