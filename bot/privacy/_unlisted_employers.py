"""Employers typed in lower case and in no word list: "she works at maybank", "he quit
brightway last month", "her shifts at the kwikmart".

The cues that make a known shop an employer ("works at", "her shifts at", "quit", "a cashier
at": see `_employers`) say the same of a word no list knows: it names where someone works.
Up to three such words in a row are the name ("works at ridgeline cold storage" stops at the
everyday words). After an article the word is a kind of place, often in another language
("works at the laundrette", "helps at the pupusería", "joined the salubong"), not a name. A
word of any list (an everyday word, a language's function word, a town) is left to the rules
that know it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._employers import _CUES_BY_PREP, _DIRECT, _work_before
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_CUE_WORDS = frozenset().union(*_CUES_BY_PREP.values()) | _DIRECT
# the word right before a workplace: a preposition a cue leads into, or a direct verb
_RIGHT_BEFORE = frozenset(_CUES_BY_PREP) | _DIRECT
_MIN_LETTERS = 3
_MAX_WORDS = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a cue word of work among the text's words."""
    return not _CUE_WORDS.isdisjoint(lows)


def _unlisted_lower(tok: Token) -> bool:
    return (
        tok.kind is Kind.UNKNOWN
        and not tok.capital
        and tok.word.isalpha()
        and len(tok.word) >= _MIN_LETTERS
    )


def unlisted_employers(text: str, toks: list[Token]) -> list[Candidate]:
    """Lower-case words in no list, named as somebody's workplace."""
    out: list[Candidate] = []
    i = 0
    while i < len(toks):
        if not (
            i > 0
            and toks[i - 1].low in _RIGHT_BEFORE
            and _unlisted_lower(toks[i])
            and _work_before(text, toks, i)
        ):
            i += 1
            continue
        j = i + 1
        while (
            j < len(toks)
            and j - i < _MAX_WORDS
            and _unlisted_lower(toks[j])
            and text[toks[j - 1].end : toks[j].start] == " "
        ):
            j += 1
        out.append((toks[i].start, toks[j - 1].end, "org"))
        i = j
    return out
