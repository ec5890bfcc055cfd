"""File and record references that no date, score, fraction or measurement has the shape of.

Slashed references ("2024/00871", "KS/2024/00917", "2024/PSY/1187", "1187/2025"): two or more
groups of digits joined by slashes, perhaps with short letter codes between, where one group
is a long number that is no year ("00871", "1187") and none is a single digit. Dates have no
such group ("14/08/2024", "2024/10/15"), school years join two years ("2023/2024"), and
scores, ratios and blood pressures have short groups ("5/10", "120/80"). Round figures
("1500/2000") are quantities, not references.

Check-lettered numbers ("001-150390-0023K", "407 218 339K"): groups of digits joined by
hyphens or single spaces, ending in one capital check letter, seven digits or more in all.
Lettered numbers with thousands dots ("V-18.456.789"): a capital and a hyphen before them, which
no sum of money or count has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_SLASHED = re.compile(
    r"(?<![\w/.:-])(?:[A-Za-z]{1,6}/)*\d+(?:/(?:[A-Za-z]{1,6}|\d+))+(?![\w/-]|\.\d)"
)
_CHECK_LETTERED = re.compile(r"(?<![\w/.-])\d{2,}(?:[- ]\d{2,})+[A-Z](?![\w/-])")
_LETTERED_DOTTED = re.compile(r"(?<![\w.-])[A-Z]-\d{1,3}(?:\.\d{3}){2,}(?![\w-]|\.\d)")
_MIN_GROUPS = 2  # also the fewest digits in a group
_MIN_LONG_GROUP = 4
_MIN_DIGITS = 6
_MIN_CHECKED_DIGITS = 7


def _year(group: str) -> bool:
    return len(group) == _MIN_LONG_GROUP and group[:2] in ("19", "20")


def _round(group: str) -> bool:
    return group.endswith("00")


def _slashed_reference(value: str) -> bool:
    groups = [g for g in value.split("/") if g.isdigit()]
    if len(groups) < _MIN_GROUPS or any(len(g) < _MIN_GROUPS for g in groups):
        return False
    if sum(len(g) for g in groups) < _MIN_DIGITS or all(_round(g) for g in groups):
        return False
    return any(len(g) >= _MIN_LONG_GROUP and not _year(g) for g in groups)


def reference_numbers(text: str) -> Iterator[Candidate]:
    """File and record references in ``text``."""
    if "/" in text:
        for m in _SLASHED.finditer(text):
            if _slashed_reference(m.group()):
                yield m.start(), m.end(), "id"
    for m in _CHECK_LETTERED.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= _MIN_CHECKED_DIGITS:
            yield m.start(), m.end(), "id"
    if "-" in text:
        for m in _LETTERED_DOTTED.finditer(text):
            yield m.start(), m.end(), "id"
