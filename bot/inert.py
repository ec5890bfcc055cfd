"""Someone's typed text made inert in a Discord message: shown exactly as typed."""

from __future__ import annotations

import re

# Discord's markdown characters, and `<` that starts a mention or a channel link.
_MARKDOWN = frozenset("\\*_~`|>#[]<")
# a list item's marker at a line's start ("- item", "+ item", "1. item"): the character
# that makes it one ("-", "+" or the number's dot)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-+]|\d+(?=\.))(?=\.?[ \t])", re.MULTILINE)


def typed_pieces(text: str) -> list[str]:
    """Each character of `text` as it is shown inert (itself, or escaped): a message may be
    cut between any two of them and stay inert."""
    markers = {
        m.end() - 1 if text[m.end() - 1] in "-+" else m.end() for m in _LIST_MARKER.finditer(text)
    }
    return [f"\\{c}" if c in _MARKDOWN or i in markers else c for i, c in enumerate(text)]


def as_typed(text: str) -> str:
    """Someone's typed text made inert in a message: shown exactly as typed, never as bold,
    a heading, a list or a mention, so that it cannot pass for the bot's own words."""
    return "".join(typed_pieces(text))
