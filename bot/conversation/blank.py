"""Text that shows nothing: only spaces, zero-width or bidi marks, or blank-looking letters."""

from __future__ import annotations

import unicodedata

# Characters that show nothing: format (zero-width, bidi controls), separators, controls,
# and the few letters and symbols that render as blank space.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp"})
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def is_blank(text: str) -> bool:
    """Whether `text` shows nothing: empty, or only spaces and invisible/format characters."""
    return all(
        ch.isspace() or ch in _BLANK_GLYPHS or unicodedata.category(ch) in _INVISIBLE_CATEGORIES
        for ch in text
    )
