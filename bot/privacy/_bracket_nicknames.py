"""Names given beside a name in brackets with a word on who uses them.

"Panagiota (Yota to her mates)", "Sebastian (Seb for short)", "Mariam (Mimi at home)": the
capitalised word opening the bracket is what the person is called, even a word in no list
of names, so it goes like the name before it (a relation word stays: "Mariam (Mum to her)").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._vocab import RELATIONS

if TYPE_CHECKING:
    from ._word_classes import Candidate

# Right after a name: " (Word to her mates)", " (Word for short)", " (Word at home)".
_GLOSSED_NICKNAME = re.compile(
    r" ?\((?:aka |a\.k\.a\. |or )?([A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)?)"
    r" (?:to (?:her|his|their|the|my|our|your|all|everyone|everybody|friends|family|mates)\b"
    r"|for short\b|at (?:home|school|work|church)\b)"
)
_MIN_NICKNAME = 2


def glossed_nicknames(text: str, found: list[Candidate]) -> list[Candidate]:
    """The nickname in a bracket right after a found name, with who uses it."""
    out: list[Candidate] = []
    for _, end, kind in found:
        if kind != "name":
            continue
        m = _GLOSSED_NICKNAME.match(text, end)
        if m and len(m.group(1)) >= _MIN_NICKNAME and m.group(1).lower() not in RELATIONS:
            out.append((m.start(1), m.end(1), "name"))
    return out
