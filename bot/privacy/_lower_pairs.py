"""Two words typed in lower case, joined by "and", "n" or "&", that open a sentence as a pair
of people: "divine and testimony (twins lol) came with their mum", "tisoy n bogs both showed
up", "kemi & lucky both cried".

The rules for names joined to names need one of the two to be read as a name already, or a
relation after "and her". Virtue and everyday words given as names ("divine", "testimony",
"lucky", "gift") are read by neither. What follows the pair says that two people are meant:

- a bracket that says how they are related: "(twins", "(siblings", "(cousins" ...; or
- "both" and a verb a person does: "both showed up", "both came", "both said".

Each word must be typed in lower case, have three letters or more, and be no kinship, role,
pronoun or stop word ("mum and dad both came", "me and him both cried", "anxiety and sleep
both improved": no person's verb). Before "both", one of the two must be more than an
everyday word (a listed given name, or a word in no list): "mood and appetite both came
back", "shame and grief both turned out" are two things. A verb of coming or going with
"up", "down", "back", "out" after it is what a topic or a level does ("joy and anger both
came up"); only "showed up" and "turned up" say that two people arrived.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._lower_word_names import _PERSON_ONLY, _ROLES
from ._word_classes import Kind

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ._word_classes import Candidate, Token

_JOINS = frozenset({"and", "n", "&"})
_RELATED = re.compile(
    r"\s*\((?:the\s+)?(?:twins?|siblings?|cousins?|brothers?|sisters?|bros|sis|besties)\b"
)
_BOTH_VERBS = _PERSON_ONLY | frozenset(
    "came come showed turned attended joined cried laughed went talked fought agreed "
    "said smiled hugged arrived".split()
)
_NOT_PEOPLE = frozenset(
    "me him her them us you i we they he she it mum mom dad mother father both all".split()
)
_MIN_NAME = 3
# after "both came", "both went" ...: a topic or a level moving ("came up", "went down")
_THING_PARTICLES = frozenset("up down back out away off".split())
_ARRIVED = frozenset({("showed", "up"), ("turned", "up")})


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap test: "both" or an opening bracket, and a word that joins two."""
    return ("both" in lows or " (" in text) and (" & " in text or not _JOINS.isdisjoint(lows))


def _person_word(tok: Token) -> bool:
    low = tok.low
    return (
        tok.word.islower()
        and tok.word.isalpha()
        and len(low) >= _MIN_NAME
        and not tok.possessive
        and tok.kind is not Kind.STOP
        and low not in _ROLES
        and low not in _NOT_PEOPLE
    )


def lower_pairs(text: str, toks: list[Token], starts: Callable[[int], bool]) -> list[Candidate]:
    """Pairs of lower-case words opening a sentence that what follows shows to be people."""
    out: list[Candidate] = []
    # a pair needs a joining word after its first word, or "&" between the two: only those
    # places are read
    joined: Sequence[int] = (
        range(len(toks) - 1)
        if "&" in text
        else [i for i in range(len(toks) - 1) if toks[i + 1].low in _JOINS]
    )
    for i in joined:
        k = _second_of_pair(text, toks, i)
        if k is None or not starts(i):
            continue
        first, second = toks[i], toks[k]
        if not (_person_word(first) and _person_word(second)):
            continue
        related = _RELATED.match(text, second.end) is not None
        both = (
            # two everyday words need a bracket: "mood and appetite", "shame and grief"
            (first.kind is not Kind.ORDINARY or second.kind is not Kind.ORDINARY)
            and k + 2 < len(toks)
            and toks[k + 1].low == "both"
            and toks[k + 2].low in _BOTH_VERBS
            and text[second.end : toks[k + 1].start] == " "
            and not _a_thing_moving(toks, k + 2)
        )
        if related or both:
            out.append((first.start, first.end, "name"))
            out.append((second.start, second.end, "name"))
    return out


def _second_of_pair(text: str, toks: list[Token], i: int) -> int | None:
    """The index of the word joined to ``toks[i]`` by " and ", " n " or " & " ("&" is no
    token: it stands in the gap between the two words), or None."""
    if text[toks[i].end : toks[i + 1].start] == " & ":
        return i + 1
    if i + 2 >= len(toks) or toks[i + 1].low not in _JOINS:
        return None
    join = toks[i + 1]
    if text[toks[i].end : join.start] != " " or text[join.end : toks[i + 2].start] != " ":
        return None
    return i + 2


def _a_thing_moving(toks: list[Token], k: int) -> bool:
    """ "came up", "went down", "turned out" at ``toks[k]``: a topic or a level, not people
    ("showed up", "turned up" are people arriving)."""
    if k + 1 >= len(toks) or toks[k + 1].low not in _THING_PARTICLES:
        return False
    return (toks[k].low, toks[k + 1].low) not in _ARRIVED
