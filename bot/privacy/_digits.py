"""Whether a text holds a digit, as ``any(c.isdigit() for c in text)`` answers it, found in C.

On ASCII text the digits are 0-9 and a character class finds the first; elsewhere
``str.isdigit`` also takes superscripts and circled digits ("²", "①"), which ``\\d`` does
not, so each character is asked (by ``map``, without a generator frame per character).
"""

from __future__ import annotations

import re

_ASCII_DIGIT = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))
