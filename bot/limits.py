"""Discord's message and embed limits, and helpers that keep text inside them."""

from __future__ import annotations

from collections.abc import Sequence

CONTENT_MAX = 2000
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
EMBED_TOTAL_MAX = 6000
SELECT_LABEL_MAX = 100
ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, marked with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + ELLIPSIS


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
