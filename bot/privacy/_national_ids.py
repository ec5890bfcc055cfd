"""National identity numbers in the layouts their issuers print.

- Belgium, the national register number: "85.07.30-033.61" (YY.MM.DD-NNN.CC);
- Latin America, an identity card number with thousands dots after the card's name:
  "cédula 12.345.678", "C.I. 4.567.890", "DNI 23.456.789", "RUN 9.876.543";
- the United Kingdom, a National Insurance number in spaced pairs: "QQ 12 34 56 C";
- Hong Kong, an identity card number with its check digit in brackets: "A123456(7)".

A sum of money or a count with thousands dots ("1.200.000 pesos") has no card's name before
it; the other layouts no figure has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_BELGIAN = re.compile(r"(?=[0-9])(?<![\w.-])\d\d\.[01]\d\.[0-3]\d-\d{3}\.\d\d(?![\w-]|\.\d)")
_CARD_DOTTED = re.compile(
    r"(?i)(?<![\w.])(?:c[ée]dula|c\.\s?i\.|ci|c\.\s?c\.|cc|dni|d\.n\.i\.|run|rut|documento"
    r"|carn[eé]|carnet|identidad|ident\.?|doc\.?)"
    r"(?:\s+(?:de\s+identidad|no\.?|n[º°]\.?|nro\.?|n[uú]m(?:ero)?\.?|#))?\s*[:#]?\s*"
    r"(?P<id>\d{1,3}(?:\.\d{3}){2}(?:-[\dkK])?)(?![\w.-]|,\d)"
)
_NINO = re.compile(
    r"(?=[A-CEGHJ-PR-TW-Z])"
    r"(?<![\w-])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D](?![\w-])"
)
_DOTTED_GROUPS = re.compile(r"\d\.\d{3}\.\d{3}")
_HKID = re.compile(r"(?=[A-Z])(?<![\w-])[A-Z]{1,2}\d{6}\s?\([0-9A](?:\))")


def national_ids(text: str) -> Iterator[Candidate]:
    """National identity numbers in the layouts the module describes."""
    if "." in text:
        if "-" in text:
            for m in _BELGIAN.finditer(text):
                yield m.start(), m.end(), "id"
        if _DOTTED_GROUPS.search(text):  # what a dotted card number needs
            for m in _CARD_DOTTED.finditer(text):
                yield m.start("id"), m.end("id"), "id"
    for m in _NINO.finditer(text):
        yield m.start(), m.end(), "id"
    if "(" in text:
        for m in _HKID.finditer(text):
            yield m.start(), m.end(), "id"
