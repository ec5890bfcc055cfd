"""National identity numbers known by their shape alone, with no word naming them.

Taiwan's: a capital letter (the place of first registration), 1 or 2, then eight digits
("A123456789", "F128374659"). Sri Lanka's old card: nine digits, then V or X ("912345678V").
Neither shape is a count, a sum, a phone number or a product's code: a number of nine digits
glued to a letter, or a letter glued to nine digits opening with 1 or 2, is somebody's card.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_SHAPES = re.compile(r"(?<![\w-])(?:[A-Z][12]\d{8}|\d{9}[VvXx])(?![\w-])")
_MIN_DIGITS = 9  # both shapes hold nine digits


def national_id_shapes(text: str, digits: int | None = None) -> Iterator[Candidate]:
    """The identity numbers of the shapes above (``digits``: how many the text holds)."""
    if digits is not None and digits < _MIN_DIGITS:
        return
    for m in _SHAPES.finditer(text):
        yield m.start(), m.end(), "id"
