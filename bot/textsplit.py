"""Splitting long text into message-sized parts at the gentlest break available."""

from __future__ import annotations

from bot.limits import head


def split_message(text: str, limit: int) -> list[str]:
    """Parts of at most `limit` characters, broken at blank lines, then lines, then spaces."""
    if limit < 2:
        raise ValueError("limit must be at least 2")
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = next((i for sep in ("\n\n", "\n", " ") if (i := window.rfind(sep)) > 0), 0)
        if cut < limit // 2:  # no gentle break: split no grapheme, unless one is longer alone
            cut = len(head(rest, limit)) or limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest or not parts:
        parts.append(rest)
    return [p for p in parts if p] or [""]
