"""Capitals that are plainly ordinary: number marks, titles, sentence openers."""

from __future__ import annotations

import re

from ._lexicon import Lexicon, lexicon
from ._name_cues import _TITLE_WORDS
from ._vocab import RELATIONS, TITLES
from ._word_classes import _MONTHS_AS_NAMES, Kind, Token, _classify, _word_info

NUMBER_MARKS = frozenset("no nos nr nro num".split())
_AFTER_NUMBER_MARK = re.compile(r"\.?[ \t]*\d")


def _number_mark(text: str, tok: Token) -> bool:
    """ "No. 5", "Nr 12": the word is the mark of the number after it."""
    return tok.low in NUMBER_MARKS and _AFTER_NUMBER_MARK.match(text, tok.end) is not None


def _plainly_ordinary(tok: Token) -> bool:
    """A lone weekday, app, kinship or clinical word (not a month that is also a name):
    no rule below can read it as an identifier, so the run is not judged further."""
    return (
        tok.kind is Kind.STOP
        and not tok.acronym
        and not tok.initial
        and len(tok.word) > 1
        and tok.low not in _MONTHS_AS_NAMES
    )


def _plain_opener(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A lone everyday word opening a sentence that is no name ("The", "Today")."""
    tok = toks[i]
    return (
        tok.kind is Kind.ORDINARY
        and not tok.acronym
        and not tok.initial
        and not tok.possessive
        and len(tok.word) > 1
        and tok.low not in lex.given_names
        and tok.low not in lex.word_names
        and tok.low not in lex.surnames
        and not (i > 0 and (toks[i - 1].title or toks[i - 1].initial))
    )


def _plain_capital(word: str) -> bool:
    """A capitalised word that no rule takes for a name: a weekday, a faith word, an
    everyday word ("Saturday", "Buddhist", "Mid-Autumn")."""
    return _classify(word, lexicon()) in (Kind.STOP, Kind.ORDINARY)


def is_title(word: str) -> bool:
    """ "Dr", "Mrs", "Aunty": a word that is read as part of the name after it."""
    low = word.lower()
    return low in TITLES or low in _TITLE_WORDS


def inert_capital(word: str, *, before_others: bool) -> bool:
    """A capitalised word that no rule reads as an identifier on its own (a weekday, app,
    clinical or kinship word) and, with ``before_others``, that cues nothing about the word
    after it (no title or kinship word): a placeholder beside it changes nothing."""
    kind, _, acronym, low = _word_info(word, lexicon())
    if kind is not Kind.STOP or acronym or len(word) < 2 or low in _MONTHS_AS_NAMES:
        return False
    return not (before_others and (low in TITLES or low in _TITLE_WORDS or low in RELATIONS))
