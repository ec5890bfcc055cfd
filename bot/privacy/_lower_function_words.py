"""Lower-case function words of other languages inside a clause of that language: "paano mo
nagawa", "ce que tu veux", "kung saan siya".

Code-switched notes quote clients' clauses in lower case. The capitalised function words of
such clauses are kept by ``keep_function_words`` ("Lo que", "Und dann"), but a lower-case one
is left to the lower-case name rules, which read a word in no list before an English word as
a name. A pronoun, preposition, conjunction or question word of another language standing
beside another function word of the same language is a word of that clause.

Recall first: only a candidate that is this one lower-case word alone is dropped; the word
must be in ``tables().loose`` (never a listed given name, surname or town word), at least
three letters long, and beside another such word of its language with only a space between
(English-spelt words do not count: "tak for" is no clause). A person's slot keeps it as a
name: a title, a relation word or a capitalised word right before it, or a verb of speech, a
possessive or a bracket right after it, or a verb of saying of any language the project
knows ("disse", "zice", "sagði").
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import TYPE_CHECKING

from ._function_words import (
    _MIN_LOOSE,  # pyright: ignore[reportPrivateUsage]
    _beside_its_language,  # pyright: ignore[reportPrivateUsage]
    tables,
)
from ._language_context import SAYING_VERBS
from ._name_cues import _person_follows  # pyright: ignore[reportPrivateUsage]
from ._romance_people import _VERBS as _ROMANCE_VERBS  # pyright: ignore[reportPrivateUsage]
from ._vocab import RELATIONS

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token


def may_hold(lows: list[str]) -> bool:
    """Cheap check: two loose function words of another language among the text's words."""
    loose = tables().loose
    return sum(1 for low in lows if low in loose) >= 2


def keep_lower_function_words(
    text: str, toks: list[Token], out: list[Candidate]
) -> list[Candidate]:
    """Drop one-word lower-case candidates that are function words of a clause of their
    language."""
    t = tables()
    kept: list[Candidate] = []
    for cand in out:
        k = bisect_left(toks, cand[0], key=attrgetter("start"))
        if (
            k < len(toks)
            and _clause_word(text, toks, k, cand)
            and _beside_its_language(text, toks, k, t)
        ):
            continue
        kept.append(cand)
    return kept


def _clause_word(text: str, toks: list[Token], k: int, cand: Candidate) -> bool:
    tok = toks[k]
    if (tok.start, tok.end) != (cand[0], cand[1]) or tok.capital or tok.possessive:
        return False
    if len(tok.low) < _MIN_LOOSE or tok.low not in tables().loose:
        return False
    if k > 0:
        prev = toks[k - 1]
        if prev.title or prev.capital or prev.low in RELATIONS:
            return False
    if k + 1 < len(toks) and (toks[k + 1].low in SAYING_VERBS or toks[k + 1].low in _ROMANCE_VERBS):
        return False  # "deim disse": the subject of a verb of saying of any language
    return not _person_follows(text, toks, k, weak=True)
