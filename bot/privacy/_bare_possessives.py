"""A given name typed with its possessive "s" but no apostrophe, before a relative's word:
"jussis wife came", "talked to mikkos mom", "deshawns gf texted".

Chat drops the apostrophe; the word then is in no list ("jussis"), and the name inside it is
found only when the "s" is taken off. Read only when the word itself is in no list; what is
left is a given name that is no everyday word, no function word and no relative's word of any
language ("lolas sister", "titas husband" stay); an English relative's word follows ("wife",
"mom", "sis": the possessive "s" is English); and no article or owner stands before it (a
plural noun's place: "the kids mom", "her lolas sister"). "parents wife", "his wife" stay.
Only the name is redacted; the "s" goes with it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._chat_people import CHAT_KIN, KIN_ADJECTIVES
from ._function_words import tables
from ._kin_led_names import KIN
from ._vocab import RELATIONS

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate

_BARE = re.compile(r"(?<![\w'’.@/-])(?P<word>[a-z]{3,}s) (?P<kin>[a-z]+)\b")
_CHAT_KIN = frozenset("sis bro gf bf bff hubby cuz".split())
# before a plural noun, never before a name with its possessive: "her lolas sister"
_DETERMINERS = frozenset("the a an my his her our their your its these those some all both".split())
_BEFORE = re.compile(r"([a-z]+)\s*$")
_NEXT = re.compile(r" ([a-z]+)\b")


def may_hold(text: str) -> bool:
    """Cheap check: a word ending in "s" before a space."""
    return "s " in text


def bare_possessives(text: str, lex: Lexicon) -> list[Candidate]:
    """Given names with an apostrophe-less possessive before a relative (see the module)."""
    langs = tables().langs
    found: list[Candidate] = []
    for m in _BARE.finditer(text):
        word, kin = m.group("word"), m.group("kin")
        if kin in KIN_ADJECTIVES:  # "kaydens key worker", "jades little sis"
            after = _NEXT.match(text, m.end("kin"))
            kin = after.group(1) if after else ""
        if kin not in RELATIONS and kin not in _CHAT_KIN and kin not in CHAT_KIN:
            continue
        before = _word_before(text, m.start())
        if before and before.group(1) in _DETERMINERS:
            continue
        stem = word[:-1]
        if (
            word in lex.ordinary
            or word in lex.always_ordinary
            or word in langs
            or stem not in lex.given_names
            or stem in lex.ordinary
            or stem in lex.always_ordinary
            or stem in langs
            or stem in KIN  # "lolas sister", "titas husband": a relative's, no name
        ):
            continue
        found.append((m.start("word"), m.end("word"), "name"))
    return found


_BEFORE_REACH = 64


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """``_BEFORE.search(text, 0, end)``, the word before ``end``, looked for among the last
    characters first: a match that starts after the first of them starts there in the whole
    text too (its word cannot reach further back), so only one that starts right at it, or
    none among characters that are all spaces, needs the whole text."""
    lo = max(0, end - _BEFORE_REACH)
    found = _BEFORE.search(text, lo, end)
    if lo and (found.start() == lo if found else text[lo:end].isspace()):
        return _BEFORE.search(text, 0, end)
    return found
