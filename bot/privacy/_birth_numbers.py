"""Czech and Slovak birth numbers ("rodné číslo"): six digits of the birth date, a slash,
then three or four digits ("085612/3410"). No date, score or fraction has that shape, so it
is an identifier wherever it stands."""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_BIRTH_NUMBER = re.compile(
    r"(?<![\w/.-])\d{2}(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])/\d{3,4}(?![\w/])"
)


def birth_numbers(text: str) -> Iterator[Candidate]:
    """Birth numbers in ``text``."""
    for m in _BIRTH_NUMBER.finditer(text):
        yield m.start(), m.end(), "id"
