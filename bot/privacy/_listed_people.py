"""A given name typed in lower case as the last item of a list of people whose items before it
are names already found.

"mum, dad, Wanjiru, Otieno and little neema", "Aziz, Leila and yusuf came together": an item
joined by "and", "&" or a comma right after a found name, typed in lower case, is one more
person of the list when it is a given name of the lexicon and no everyday English word
("neema", "yusuf"; not "rose", "will", "bill"). A word of size or age may stand before it
("little", "baby", "big"). Everyday words after a name and "and" stay: "Otieno and friends",
"Amani and rice", "Baraka and will".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._proper_nouns import Candidate

# a join of list items, a word of size or age, and a word in lower case
_NEXT_ITEM = re.compile(
    r"(?:, and |, | and | & | n )(?:(?:little|baby|big|lil) )?([a-z]+)\b(?!['’-])"
)
_MIN_WORD = 3


def names_listed_after_names(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Lower-case given names that go on a list of found names (see the module)."""
    found: list[Candidate] = []
    for _, end, kind in out:
        if kind != "name":
            continue
        m = _NEXT_ITEM.match(text, end)
        if m and _lower_given_name(m.group(1), lex):
            found.append((m.start(1), m.end(1), "name"))
    return found


def _lower_given_name(low: str, lex: Lexicon) -> bool:
    return (
        len(low) >= _MIN_WORD
        and low in lex.given_names
        and low not in lex.ordinary
        and low not in lex.always_ordinary
        and low not in tables().langs  # "Ana, pero ...", "Leila and domingo"
    )
