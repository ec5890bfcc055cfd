"""Counts said the way people write them: "1 reflection", "3 reflections"."""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the noun that agrees with it (``many`` for an irregular plural)."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def be(n: int) -> str:
    """The verb that agrees with ``n`` things: "1 post is", "2 posts are"."""
    return "is" if n == 1 else "are"
