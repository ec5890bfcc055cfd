"""Czech and Slovak birth numbers ("rodné číslo"): six digits of the birth date, a slash,
then three or four digits ("085612/3410"); Finnish identity codes ("140592-217K"). No date,
score or fraction has those shapes, so they are identifiers wherever they stand."""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_BIRTH_NUMBER = re.compile(
    r"(?=\d)(?<![\w/.-])\d{2}(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])/\d{3,4}(?![\w/])"
)


# Finnish personal identity codes ("henkilötunnus"): the birth date, a century sign ("-",
# "+", "A" or later letters), three digits and a check character ("140592-217K")
_FINNISH_ID = re.compile(
    r"(?=\d)(?<![\w/.-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d[-+A-FU-Y]\d{3}[0-9A-Y](?![\w/])"
)


def birth_numbers(text: str) -> Iterator[Candidate]:
    """Birth numbers in ``text``."""
    for m in _BIRTH_NUMBER.finditer(text):
        yield m.start(), m.end(), "id"
    for m in _FINNISH_ID.finditer(text):
        yield m.start(), m.end(), "id"
