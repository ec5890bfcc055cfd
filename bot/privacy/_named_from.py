"""A listed given name typed in lower case right before "from" is a person, wherever it stands:
"and anvi from the group clapped", "lisen (sister), hampus from football, and", "the msee kevo
from kawangware came".

``_people_from`` reads a word before "from" when the place after it has been found and the word
opens a clause; a group, a sport or a place typed in lower case is found by nothing, and a name
in the middle of a list or after a role does not open a clause. Here the word must be a given
name of the lists that is no everyday English word (``_said_lower_names._candidate``) and no
article, owner or preposition may stand before it ("the mãe de santo from her terreiro", "a
kothu from the strip mall": a role or a dish); words in no list are left to the rules that
find the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._said_lower_names import _candidate
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_NOT_BEFORE = frozenset(
    "a an the this that these those my your his her our their its some any no of de da do "
    "del di du des dos das della van von to in on at by for into".split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "from" stands among the words."""
    return "from" in lows


def named_from(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Listed given names in lower case right before "from"."""
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        tok = toks[i]
        if toks[i + 1].low != "from" or tok.kind is not Kind.NAME:
            continue
        if text[tok.end : toks[i + 1].start] != " " or not _candidate(tok, lex):
            continue
        if i > 0 and toks[i - 1].low in _NOT_BEFORE:
            continue
        out.append((tok.start, tok.end, "name"))
    return out
