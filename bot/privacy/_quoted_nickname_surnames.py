"""The surname after a nickname quoted inside a full name: 'Maria Theresa "Tess" Ybañez',
'Dwayne "Bigga" Campbell', 'Michael “Mikey” Santos'.

The given name before the quote and the nickname inside it are found by the rules for
names, but the capitalised word after the closing quote stands apart from them, and a
surname that is also an everyday or foreign word is kept there. A name, then a quoted
capitalised nickname, then a capitalised word written right after it is one person's full
name: the last word is the surname. Function words of any language ("The", "And", "Y")
after the quote stay.
"""

from __future__ import annotations

import re

from ._function_words import tables

Candidate = tuple[int, int, str]

_AFTER = re.compile(
    r" [\"“]([A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*)?)[\"”] ([A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?)"
)
_MIN_SURNAME = 2
# English function words that may open what follows a quote
_ENGLISH = frozenset(
    "the a an and or but of in on at to for with from by as is was so then i we he she they".split()
)


def may_hold(text: str) -> bool:
    """Cheap test: a quote opens after a space."""
    return ' "' in text or " “" in text


def quoted_nickname_surnames(text: str, found: list[Candidate]) -> list[Candidate]:
    """Surnames after a quoted nickname that follows a name found (see the module)."""
    out: list[Candidate] = []
    taken = {(s, e) for s, e, _ in found}
    starts = {s for s, _, _ in found}
    for _start, end, kind in found:
        if kind != "name":
            continue
        m = _AFTER.match(text, end)
        if m is None or m.start(1) not in starts:
            continue  # the quoted word must be a name found too
        surname = m.group(2)
        low = surname.lower()
        if len(surname) < _MIN_SURNAME or low in _ENGLISH or low in tables().langs:
            continue
        span = (m.start(2), m.end(2))
        if span not in taken:
            out.append((span[0], span[1], "name"))
    return out
