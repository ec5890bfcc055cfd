"""A capitalised word that opens a sentence with someone's relation set beside it is a name.

"Sunny, his youngest, drew a picture", "Goodness her twin stayed outside", "Memory, her
eldest, came": a word that is also an everyday word ("Sunny", "Goodness") opening a sentence
is kept as a word unless something marks it as a person. A relation apposed to it -- "his",
"her", "their", "my" or "our", at most one word such as "little" or "eldest", then a relation
or role ("youngest", "twin", "cousin", "client") and a comma or a verb -- marks it. Words of
the grammar ("If his mum rings"), verb forms in "-ing" ("Calling her sister helped"), and
relations themselves ("Mum, her sister, came") stay: the word must be a given name, an
everyday word that is a given name ("Sunny", "Goodness") or a word in no list; set off by
commas, an everyday word the lists hold as a given name too ("Comfort, her mother-in-law,
came"). Relations by marriage count as the relation: "mother-in-law", "brother-in-law".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._lexicon import lexicon
from ._lower_subject_names import _IRREGULAR_PAST as IRREGULAR_PAST
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_RANKS = frozenset("youngest eldest oldest middle".split())
_RELATIONS = ROLE_WORDS | _RANKS
_OWNERS = frozenset("his her their my our".split())
_BEFORE_RELATION = frozenset(
    "little big older younger baby twin eldest youngest oldest best new ex middle".split()
)
# finite verbs besides forms in -ed and -s: "Ofa her cousin drove her"
_VERBS = IRREGULAR_PAST | frozenset("is was has had did does said".split())
_MIN_TAIL = 3
_IN_LAW = "-in-law"
# the words of which one must stand in the text (``may_hold``, and the gate of `_proper_nouns`)
GATE_RELATIONS = _RELATIONS | frozenset(f"{r}{_IN_LAW}" for r in _RELATIONS)
# a word that names someone, is also an everyday word that is a name, or is in no list: words
# of the grammar and everyday words ("If his mum rings", "Calling her sister helped") stay
_NAME_KINDS = frozenset({Kind.WORD_NAME, Kind.NAME, Kind.UNKNOWN})


def may_hold(lows: list[str]) -> bool:
    """Cheap test: an owner's word and a relation are both in the text."""
    if _OWNERS.isdisjoint(lows):
        return False
    return not GATE_RELATIONS.isdisjoint(lows)


def apposed_relation_names(
    text: str, toks: list[Token], starts: Callable[[int], bool]
) -> list[Candidate]:
    """Capitalised words opening a sentence with someone's relation apposed to them."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks[:-2]):
        if toks[i + 1].low not in _OWNERS or not tok.capital or tok.possessive:
            continue
        low = tok.low
        gap = text[tok.end : toks[i + 1].start]
        if low.endswith("ing") or low in _RELATIONS or not _names(tok, comma=gap == ", "):
            continue
        if not tok.word[1:].islower() or not tok.word.isalpha() or not starts(i):
            continue
        if gap not in (" ", ", "):
            continue
        j = i + 2
        if toks[j].low in _BEFORE_RELATION and j < last and _relation(toks[j + 1].low):
            j += 1
        if not _relation(toks[j].low) or text[toks[j - 1].end : toks[j].start] != " ":
            continue
        if _closed(text, toks, j, last, comma=gap == ", "):
            out.append((tok.start, tok.end, "name"))
    return out


def _relation(low: str) -> bool:
    """A relation or role, or a relation by marriage ("mother-in-law", "brother-in-law")."""
    return low in _RELATIONS or (low.endswith(_IN_LAW) and low[: -len(_IN_LAW)] in _RELATIONS)


def _names(tok: Token, *, comma: bool) -> bool:
    """A word of the kinds above; set off by commas, an everyday word listed as a given name
    too ("Comfort, her mother-in-law, came")."""
    if tok.kind in _NAME_KINDS:
        return True
    return comma and tok.kind is Kind.ORDINARY and tok.low in lexicon().given_names


def _closed(text: str, toks: list[Token], j: int, last: int, *, comma: bool) -> bool:
    """After the relation: a comma when one came before it, or a verb."""
    after = text[toks[j].end : toks[j].end + 2]
    if comma:
        return after == ", "
    if j == last or after[:1] != " " or text[toks[j].end : toks[j + 1].start] != " ":
        return False
    verb = toks[j + 1].low
    return verb in _VERBS or (
        len(verb) > _MIN_TAIL and verb.endswith(("ed", "s")) and toks[j + 1].kind is Kind.ORDINARY
    )
