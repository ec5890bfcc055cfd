"""Text that shows nothing: only spaces, zero-width or bidi marks, or blank-looking letters."""

from __future__ import annotations

import unicodedata

# Characters that show nothing: format (zero-width, bidi controls), separators, controls,
# combining marks (with no letter to sit on, they show at most a dotted circle), lone
# surrogates, and the few letters and symbols that render as blank space or stand for a
# character that was not there (the replacement character a lone surrogate becomes).
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me", "Cs"})
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800\ufffd")


def whole_characters(text: str) -> str:
    """`text` with each lone surrogate (half of a character, which a form's JSON can carry
    but no text can be stored or sent with) replaced by U+FFFD; every character kept."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def shown_or_none(text: str | None) -> str | None:
    """`text` as stored, or None when it shows nothing (a text stored before such text counted
    as empty): whatever would stand under a label or in a quote is left out instead."""
    return None if text is None or is_blank(text) else text


def is_blank(text: str) -> bool:
    """Whether `text` shows nothing: empty, or only spaces and invisible/format characters."""
    return all(
        ch.isspace() or ch in _BLANK_GLYPHS or unicodedata.category(ch) in _INVISIBLE_CATEGORIES
        for ch in text
    )
