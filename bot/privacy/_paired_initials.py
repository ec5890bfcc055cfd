"""A capital initial with a full stop, joined by "and" or "&" to a name already found, is a
person too: "J. and KT came in together", "twins P. and KT both scaled", "A. (the older
brother) and KT both said", "KT and J. came", and so is one listed after a name with commas
("Luka, P., and Lana"). A note naming one person by initials names the other the same
way, so once the initial is a person, the same initial said as a speaker ("A.: ...") goes
too.

"Plan A. and then plan B." stays: no name found after the "and"; so does "we did part B. and
Maria did part C", where a word that is no word of people stands before the initial; the
pronoun "I." is never taken.

Once an initial is found as a person anywhere in a note, the same initial with its full stop
is that person everywhere in it ("KT and J. came ... J. reckons"); "A." and "I." are never
repeated this way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate

# an initial, a bracketed aside of a few words, then "and" or "&"
_PAIRED = re.compile(r"(?<![\w.])([A-HJ-Z])\.(?:\s+\([^()\n]{1,40}\))?\s+(?:and|&)\s+(?=\S)")
_SPEAKER = r"(?<![\w.]){}\.:"
# what may stand before the initial: the start of a sentence or clause, or a word of people
_BEFORE = re.compile(
    r"(?:^|[.!?:;,(\n]|\b(?:twins|brothers|sisters|siblings|couple|parents|kids|clients|with))"
    r"\s*$"
)
_BEFORE_REACH = 12


# after a found name: "and" and an initial ("KT and J. came"), or a comma and an initial
# that goes on the list ("Luka, P., and Lana")
_PAIRED_AFTER = re.compile(
    r"\.?(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:and|&)\s+([B-HJ-Z])\.(?![\w.])"
    r"|,\s+([B-HJ-Z])\.(?=,|\s+and\b))"
)


def paired_initials(text: str, out: list[Candidate]) -> list[Candidate]:
    """Initials joined to a found name, and the same initials as speakers (see the module)."""
    starts = {start for start, _, kind in out if kind == "name"}
    found: list[Candidate] = []
    for _, end, kind in out:
        if kind == "name" and (m := _PAIRED_AFTER.match(text, end)):
            group = 1 if m.group(1) else 2
            found.append((m.start(group), m.end(group), "name"))
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


# a lone initial with its full stop: not inside "U.S." or "C.B.T.", no letter after
_LONE = r"(?<![\w.]){}\.(?![\w.])"


def echoed_initials(text: str, out: list[Candidate]) -> list[Candidate]:
    """The other places of an initial already found as a person (see the module)."""
    letters = {
        text[start]
        for start, end, kind in out
        if kind == "name" and end == start + 1 and text[end : end + 1] == "."
    }
    letters -= {"A", "I"}
    if not letters:
        return []
    taken = {start for start, _, _ in out}
    found: list[Candidate] = []
    for letter in sorted(letters):
        for m in re.finditer(_LONE.format(letter), text):
            if m.start() not in taken:
                found.append((m.start(), m.start() + 1, "name"))
    return found
