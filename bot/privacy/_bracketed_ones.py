"""Lower-case names that a bracket after them tells apart from someone else: "ashneel
(different one lol) didnt skip", "hope (client, not the feeling) said", "kiri (the older one)
came", "tavita (daughter, 9) drew".

A bracket that says which one is meant (ending in "one": "different one", "the college one",
"the one from ...") or that opens with a person's role or relative without an article
("client, ...", "daughter, 9") marks the word before it as a name. Only a given name, a word in
no list, or an everyday word that is also a given name goes: "the phone (the cheap one)",
"group (clients only)", words after an article or an owner, and relatives' words stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._bracketed_lower_names import _AFTER_NAMES, _NAMED_KINDS, _OWNERS, _PERSONS, brackets_after
from ._kin_address import WORDS as KIN_ADDRESS_WORDS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_WHICH_ONE = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,2}?one\b(?!\s+(?:of|more|day|week|time))")
_MIN_WORD = 3


def bracketed_ones(text: str, toks: list[Token]) -> list[Candidate]:
    """Lower-case words a bracket tells apart as people (see the module)."""
    out: list[Candidate] = []
    for i, _opening, _closing, inside in brackets_after(text, toks):
        tok = toks[i]
        if not _candidate(tok, toks, i):
            continue
        words = [w.strip(",.;:!?'’\"").lower() for w in inside.split()]
        if not words:
            continue
        if tok.kind in _NAMED_KINDS and (
            words[0] in _PERSONS or _WHICH_ONE.match(inside.lower()) is not None
        ):
            out.append((tok.start, tok.end, "name"))
    return out


def _candidate(tok: Token, toks: list[Token], i: int) -> bool:
    if tok.capital or not tok.word.isalpha() or len(tok.word) < _MIN_WORD:
        return False
    if tok.kind is Kind.STOP or tok.possessive or (i > 0 and toks[i - 1].low in _OWNERS):
        return False
    low = tok.low
    return low not in _PERSONS and low not in KIN_ADDRESS_WORDS and low not in _AFTER_NAMES
