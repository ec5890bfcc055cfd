"""Fields of a note found from where a field can start, not from every character.

A field pattern opening with ``(?:^|(?<=[.;!?]\\s))`` (multi-line) starts only at the text's
start, after a newline or after a break and one space; searching it enters the engine at
every character (~0.2 ms per 4,000 characters). ``fields`` tries it only where a break
pattern opening with a set of those characters (skipped to in C) ends: the same matches as
``pattern.finditer(text)`` (a match tried at a position sees the text before it, so the
look-behind and ``^`` read as in the whole search).
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def fields(pattern: re.Pattern[str], text: str, breaks: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches start only at 0 or where a
    match of ``breaks`` ends (``breaks`` consumes what the look-behind reads: "\\n" or a
    break and one space); ``pattern`` never matches the empty string."""
    pos = 0
    m = pattern.match(text, 0)
    if m:
        yield m
        pos = m.end()
    for brk in breaks.finditer(text):
        start = brk.end()
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            pos = m.end()
