"""Someone's typed text made inert in a Discord message: shown exactly as typed."""

from __future__ import annotations

import re

# Discord's markdown characters, and `<` that starts a mention or a channel link.
_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]<])")


def as_typed(text: str) -> str:
    """Someone's typed text made inert in a message: shown exactly as typed, never as bold,
    a heading or a mention, so that it cannot pass for the bot's own words."""
    return _MARKDOWN.sub(r"\\\1", text)
