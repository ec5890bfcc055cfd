"""Discord's message and embed limits, and helpers that keep text inside them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

CONTENT_MAX = 2000
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
EMBED_TOTAL_MAX = 6000
SELECT_LABEL_MAX = 100
ELLIPSIS = "…"

# one grapheme: what shows as one letter or emoji ("é" typed as e and an accent, "👍🏽",
# a family emoji joined by zero-width joiners, a flag)
_GRAPHEME = regex.compile(r"\X")


def fit_lines(
    head: str, lines: Sequence[str], more: Callable[[int], str], limit: int = CONTENT_MAX
) -> str:
    """`head`, then as many of `lines` (each on a line of its own) as fit within `limit`, and
    `more(n)` on a last line for the `n` left out: a long list never costs the message."""
    text = head
    for i, line in enumerate(lines):
        left = len(lines) - i - 1
        after = len("\n" + more(left)) if left else 0
        if len(text) + 1 + len(line) + after > limit:
            return f"{text}\n{more(len(lines) - i)}"
        text = f"{text}\n{line}"
    return text


def head(text: str, size: int) -> str:
    """The longest start of `text` of at most `size` characters that splits no grapheme: a
    cut never separates an accent from its letter or breaks an emoji into pieces."""
    if len(text) <= size:
        return text
    end = 0
    for grapheme in _GRAPHEME.finditer(text, 0, size + 1):
        if grapheme.end() > size:
            break
        end = grapheme.end()
    return text[:end]


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, marked with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return head(text, max(0, limit - 1)).rstrip() + ELLIPSIS


def fit_fields(
    fields: Sequence[tuple[str, str]], budget: int, *, empty: str = "—"
) -> tuple[list[tuple[str, str]], bool]:
    """Clip (name, value) pairs so that together they use at most `budget` characters.

    Each field keeps at least a short excerpt; longer answers give up space first. Returns
    the fitted fields and whether anything was shortened.
    """
    pairs = [
        (clip(name, FIELD_NAME_MAX), value if value.strip() else empty)
        for name, value in fields[:FIELDS_MAX]
    ]
    names = sum(len(n) for n, _ in pairs)
    room = max(0, budget - names)
    shortened = len(fields) > FIELDS_MAX
    # Water-filling: find the largest per-field cap that fits the room.
    lengths = sorted(min(len(v), FIELD_VALUE_MAX) for _, v in pairs)
    cap, used, left = FIELD_VALUE_MAX, 0, len(lengths)
    for length in lengths:
        if used + length * left > room:
            cap = (room - used) // left if left else 0
            break
        used += length
        left -= 1
    cap = max(cap, 20)
    fitted: list[tuple[str, str]] = []
    for name, value in pairs:
        limit = min(cap, FIELD_VALUE_MAX)
        shortened = shortened or len(value) > limit
        fitted.append((name, clip(value, limit)))
    return fitted, shortened


def fit_texts(texts: Sequence[str], room: int, *, floor: int = 40) -> tuple[list[str], bool]:
    """Clip `texts` so that together they use at most `room` characters, where possible.

    Short texts are kept whole and the longest give up space first (each keeps at least
    `floor` characters). Returns the fitted texts and whether any was shortened.
    """
    lengths = sorted(len(t) for t in texts)
    cap, used, left = max(lengths, default=0), 0, len(lengths)
    for length in lengths:
        if used + length * left > room:
            cap = (room - used) // left
            break
        used += length
        left -= 1
    cap = max(cap, floor)
    return [clip_words(t, cap) for t in texts], any(len(t) > cap for t in texts)


def clip_words(text: str, limit: int) -> str:
    """Like `clip`, but ends at a word boundary when one is near, so a cut reads as a cut."""
    if len(text) <= limit:
        return text
    cut = head(text, max(0, limit - 1))
    space = cut.rfind(" ")
    if space >= limit * 4 // 5:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS
