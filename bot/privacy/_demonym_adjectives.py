"""A people's adjective that is also a listed name, right before a word for a person, a
family or a thing of a people: "the Danish client", "a Roma young man", "the Omani family",
"the Philippine flag".

The adjectives (``data/demonyms.txt``) that are no listed name are everyday words
(``_lexicon``); those that are ("Danish", "Omani", "Karen", "Roma") read as a person's name,
and before a noun as a name's first word. Right before a word of the list below, in lower
case, the word is the people's: a name stands before a verb ("Danish said"), not before
"client" or "grandmother".

Recall first: only a one-word candidate that is the adjective alone is kept, and only when
the next word, one space on, is a word of ``_NOUNS`` typed in lower case.
"""

from __future__ import annotations

import re
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING

from ._formal import _token_at
from ._lexicon import _lines

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_START = attrgetter("start")
# people, kin and the things of a people a note describes by its adjective
_NOUNS = frozenset(
    """
    client clients man men woman women boy boys girl girls lady ladies guy guys kid kids child
    children teen teenager youth family families community communities friend friends
    neighbour neighbours neighbor neighbors mother father mum mom dad parent parents
    grandmother grandfather grandma grandpa granny nan aunt uncle cousin cousins husband wife
    partner boyfriend girlfriend son daughter brother sister elder elders people person
    colleague colleagues coworker coworkers student students classmate classmates worker
    workers nurse teacher interpreter
    flag flags food foods dish dishes cooking language songs song music dance dances culture
    customs church mass radio tv television channel series film films show news side roots
    heritage passport citizenship proverb saying
    """.split()
)
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


@cache
def named_adjectives() -> frozenset[str]:
    """The one-word adjectives of the list, lower case."""
    return frozenset(line.strip() for line in _lines("demonyms.txt") if " " not in line.strip())


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a listed adjective among the text's words."""
    return not named_adjectives().isdisjoint(lows)


def keep_demonym_adjectives(text: str, toks: list[Token], out: list[Candidate]) -> list[Candidate]:
    """``out`` without the one-word candidates that are a people's adjective before a word
    of ``_NOUNS``, as described above."""
    names = named_adjectives()
    kept: list[Candidate] = []
    for cand in out:
        k = _token_at(toks, cand[0], _START)
        if (
            k is not None
            and toks[k].end == cand[1]
            and toks[k].low in names
            and not toks[k].possessive
            and (m := _NEXT_WORD.match(text, cand[1])) is not None
            and m.group(1) in _NOUNS
        ):
            continue
        kept.append(cand)
    return kept
