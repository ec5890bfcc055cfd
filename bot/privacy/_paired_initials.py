"""A capital initial with a full stop, joined by "and" or "&" to a name already found, is a
person too: "J. and KT came in together", "twins P. and KT both scaled", "A. (the older
brother) and KT both said". A note naming one person by initials names the other the same
way, so once the initial is a person, the same initial said as a speaker ("A.: ...") goes
too.

"Plan A. and then plan B." stays: no name found after the "and"; so does "we did part B. and
Maria did part C", where a word that is no word of people stands before the initial; the
pronoun "I." is never taken.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._proper_nouns import Candidate

# an initial, a bracketed aside of a few words, then "and" or "&"
_PAIRED = re.compile(r"(?<![\w.])([A-HJ-Z])\.(?:\s+\([^()\n]{1,40}\))?\s+(?:and|&)\s+(?=\S)")
_SPEAKER = r"(?<![\w.]){}\.:"
# what may stand before the initial: the start of a sentence or clause, or a word of people
_BEFORE = re.compile(
    r"(?:^|[.!?:;,(\n]|\b(?:twins|brothers|sisters|siblings|couple|parents|kids|clients|with))"
    r"\s*$"
)
_BEFORE_REACH = 12


def paired_initials(text: str, out: list[Candidate]) -> list[Candidate]:
    """Initials joined to a found name, and the same initials as speakers (see the module)."""
    starts = {start for start, _, kind in out if kind == "name"}
    found: list[Candidate] = []
    for m in _PAIRED.finditer(text):
        if m.end() not in starts:
            continue
        if not _BEFORE.search(text, max(0, m.start(1) - _BEFORE_REACH), m.start(1)):
            continue  # "part B. and ...": a label
        found.append((m.start(1), m.end(1), "name"))
        letter = m.group(1)
        for s in re.finditer(_SPEAKER.format(letter), text):
            found.append((s.start(), s.start() + 1, "name"))
    return found
