"""A month's name typed right after a kin word or a role is that person's name: "her kuya
Jun", "his uncle Jan", "her tita May", "her nurse, Jan, is ...".

Names such as Jun, Jan, May, April and June are months first, and a month needs a
preposition or a day beside it ("in June", "since May", "May 3"); straight after a word for a
relative or a role, in English or another language (``RELATIONS``, the kin titles of Tagalog,
Malay and others), nothing makes it a time, so it names the relative. A number after it keeps
it a date ("her uncle May 3 appointment" stays for the date rules); after a capitalised title
("She will see Uncle April") the title may be how the person is called, and the month a time.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._name_cues import _KIN_TITLES
from ._vocab import RELATIONS

if TYPE_CHECKING:
    from ._word_classes import Token

MONTH_NAMES = frozenset({"jan", "jun", "may", "april", "june", "august"})
_KIN = (RELATIONS | _KIN_TITLES) - frozenset({"named", "called", "nicknamed", "w/", "with"})
_GAP = re.compile(r" |, ")
_NUMBER_AFTER = re.compile(r"\s*[,.]?\s*\d")


def month_after_kin(text: str, toks: list[Token], i: int) -> bool:
    """Whether the month's name at ``i`` follows a kin word or role and no number follows."""
    if i == 0 or toks[i].low not in MONTH_NAMES:
        return False
    prev = toks[i - 1]
    if prev.low not in _KIN or prev.possessive or prev.capital:
        return False  # "see Uncle April": a capitalised title may be all the name there is
    if not _GAP.fullmatch(text, prev.end, toks[i].start):
        return False
    return _NUMBER_AFTER.match(text, toks[i].end) is None
