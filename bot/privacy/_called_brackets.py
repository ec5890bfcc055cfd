"""Lower-case nicknames that a bracket beside them explains in chat's own way: "negrita (así
le dicen) dijo", "lil bit (thats what everyone calls her lol) said", "tiny (the dad lol)
said", "sweetie (her lil sister lol) did the chart", "pumpkin lol (her nickname) said".

``_bracketed_lower_names`` and ``_glossed_people`` read a bracket right after the word that
is a name word ("nickname") or exactly "the dad". Chat writers put a laugh between the word
and the bracket, say how people call the person ("le dicen", "calls her"), add "lil" or
"little" before the relative, and end the bracket with a laugh; nicknames are everyday words
("tiny", "sweetie", "pumpkin"), so the word's lists decide nothing here. What keeps the rule
narrow is the bracket: a calling phrase or name word, or only an owner, small modifiers and a
person's relation or role (then its end or a comma). Relatives' and roles' own words ("mum
(the dad lol)") and words after an article or owner ("the app (her lil boy)") stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._bracketed_lower_names import _AFTER_NAMES, _NAME_WORDS, _PERSONS
from ._kin_address import WORDS as KIN_ADDRESS_WORDS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_REACH = 80
_MIN_WORD = 3
# a bracket right after the word, or past a laugh: "pumpkin lol (her nickname)"
_OPENING = re.compile(r" ?(?:(?:lol|lmao|lmfao|haha\w*|hehe\w*) )?\(")
# how people call the person: "así le dicen", "thats what everyone calls her", "we call him"
_CALLING = re.compile(
    r"\b(?:le|lo|la|les) (?:dicen|llaman|decimos|llamamos)\b"
    r"|\b(?:what|everyone|everybody|they|we|people|ppl)\b[^()]{0,20}?"
    r"\bcall(?:s|ed)? (?:him|her|them)\b"
)
LAUGHS = frozenset("lol lmao lmfao haha hahaha hehe 😂 🤣".split())
_BRACKET_OWNERS = frozenset("the his her their el la su".split())
_MODIFIERS = frozenset(
    "lil little baby big older younger oldest youngest eldest middle new ex".split()
)
_RELATIONS = _PERSONS | KIN_ADDRESS_WORDS | frozenset("hijo hija nene nena hermano hermana".split())
_OPENERS = frozenset("so ok okay and n but then also".split())
# what lies between the word before and the nickname when the nickname opens a sentence
_SENTENCE_END = re.compile(r"\W*[.!?;:\n]\W*")
_SHORTS = frozenset("lil little big".split())  # "lil bit (...)": the nickname is both words


def may_hold(text: str) -> bool:
    """Cheap test: a bracket opens somewhere."""
    return "(" in text


def called_brackets(text: str, toks: list[Token]) -> list[Candidate]:
    """Lower-case words a chat-style bracket after them says are a nickname or a person."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        opening = _OPENING.match(text, tok.end)
        if opening is None:
            continue
        closing = text.find(")", opening.end(), opening.end() + _REACH)
        if closing < 0 or not _nameable(tok):
            continue
        inside = text[opening.end() : closing].lower()
        if not (_calls(inside) or _says_who(inside)):
            continue
        first = i
        if i > 0 and toks[i - 1].low in _SHORTS and text[toks[i - 1].end : tok.start] == " ":
            first = i - 1  # "lil bit (thats what everyone calls her)"
        if _opens_sentence(text, toks, first):
            out.append((toks[first].start, tok.end, "name"))
    return out


def _nameable(tok: Token) -> bool:
    if tok.low in LAUGHS or tok.capital or tok.possessive or not tok.word.isalpha():
        return False
    if len(tok.word) < _MIN_WORD or tok.kind is Kind.STOP:
        return False
    return tok.low not in _RELATIONS and tok.low not in _AFTER_NAMES


def _opens_sentence(text: str, toks: list[Token], i: int) -> bool:
    """The word opens the text or a sentence, or follows an opener ("ok so tiny (...)");
    a word inside a clause ("we went home (the dad lol)") is left alone."""
    if i == 0:
        return not text[: toks[i].start].strip()
    before = toks[i - 1]
    if before.low in _OPENERS:
        return True
    return bool(_SENTENCE_END.fullmatch(text[before.end : toks[i].start]))


def _calls(inside: str) -> bool:
    """ "así le dicen", "thats what everyone calls her lol", "his nickname"."""
    if _CALLING.search(inside):
        return True
    words = [w.strip(",.;:!?'’\"") for w in inside.split()]
    return not _NAME_WORDS.isdisjoint(words)


def _says_who(inside: str) -> bool:
    """ "the dad lol", "her lil boy lol", "el primo, le dicen así": an owner, modifiers and
    a relation or role, then the bracket's end or a comma."""
    words = inside.split(",", 1)[0].split()
    while words and words[-1] in LAUGHS:
        words.pop()
    if len(words) < 2 or words[0] not in _BRACKET_OWNERS:
        return False
    return all(w in _MODIFIERS for w in words[1:-1]) and words[-1] in _RELATIONS
