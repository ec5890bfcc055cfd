"""Names carried back before the word that was found: the given name typed in lower case
before a listed surname ("rohit [kumar]", "venkata [ramana]"), and the given name before
a particle of descent ("Fatimah binte [Rahmat]", "hamad bin [khalifa]", "sara al
[hashemi]").

The surname lists hold many names of every culture while the given-name lists miss many
(South Asian, Gulf, Malay, Filipino, African and Pacific ones), so in chat typed in lower
case the surname is found and the given name before it stays. A lower-case word in no
list (or a listed given name) right before a listed name typed in lower case is the
name's first part when it is spelt like a name (``_name_likeness``); a word of another
language's clause ("dijo", "pregunta"), a word shaped like jargon or made of two everyday
words, and a relation after a possessive ("his ama [kofi]") are not.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ._function_words import tables
from ._kin_address import WORDS as KIN_ADDRESS_WORDS
from ._kin_words import KIN_NOUNS
from ._name_likeness import scores
from ._town_cues import _jargon_shaped, _two_everyday_words
from ._word_classes import DETERMINERS, Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_MAX_HEAD = 2  # words added before a name: "venkata ramana [reddy]"
_MIN_UNLISTED = 4  # shorter words in no list are chat abbreviations ("cl", "yoh", "hai")
_MIN_LISTED = 3
_CAPITAL_HEADS = frozenset({Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME})
# Particles of descent only: "de", "da", "al", "van" are also everyday words of other
# languages ("banho de sol", "al parque")
_DESCENT = frozenset("bin binti binte bint ibn ben ould ap".split())
# a word in no list spelt less like a name than this (mean log-odds of its letter n-grams,
# ``_name_likeness``) is a word of another language ("tocar", "pregunta", "filha"), not a
# given name ("venkata", "rohit")
_MIN_NAME_LIKENESS = -0.2


def unlisted_name_word(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word in no list that can be part of a name: letters only, long
    enough, neither jargon-shaped, two everyday words joined, nor a function word of
    another language."""
    return (
        tok.kind is Kind.UNKNOWN
        and not tok.capital
        and tok.word.isalpha()
        and len(tok.word) >= _MIN_UNLISTED
        and not _jargon_shaped(tok)
        and not _two_everyday_words(tok.low, lex)
        and tok.low not in tables().loose
        and _name_shaped(tok.word)
    )


def _name_shaped(word: str) -> bool:
    s = scores(word)
    return s is not None and s[0] >= _MIN_NAME_LIKENESS


def _lower_head(tok: Token, lex: Lexicon) -> bool:
    if tok.capital or tok.possessive or not tok.word.isalpha():
        return False
    if tok.low in KIN_ADDRESS_WORDS or tok.low in KIN_NOUNS:
        return False  # "her lola [pacing]": the relation, not a first name
    if tok.kind is Kind.NAME:
        return len(tok.word) >= _MIN_LISTED
    return unlisted_name_word(tok, lex)


def _start(toks: list[Token]) -> int:
    return toks[0].start


def name_heads(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Each name found, offered again from where its first part begins (the longer span
    wins), when words before it are parts of it."""
    out: list[Candidate] = []
    for start, end, kind in found:
        if kind != "name":
            continue
        n = bisect_left(toks, start, key=lambda t: t.start)
        if n >= len(toks) or toks[n].start != start:
            continue
        lower = text[start:end].islower()
        if lower and (not _anchored(toks, n) or _quoted(text, start)):
            continue  # only a listed name, or one after a particle of descent, outside
            # quoted speech (often in another language: "ua toe malosi [lana]") is sure
            # enough to carry the words before it
        head = _head(text, toks, n, lower=lower, lex=lex)
        if head < n:
            out.append((toks[head].start, end, "name"))
    return out


def _head(text: str, toks: list[Token], n: int, *, lower: bool, lex: Lexicon) -> int:
    """The index of the first token of the name whose found part starts at token ``n``."""
    first = n
    for _ in range(_MAX_HEAD):
        k = first - 1
        if k < 0 or text[toks[k].end : toks[first].start] != " ":
            break
        prev = toks[k]
        if not prev.capital and prev.low in _DESCENT and k > 0:
            before = toks[k - 1]
            if text[before.end : prev.start] != " " or before.possessive:
                break
            if before.capital and not before.acronym and before.kind in _CAPITAL_HEADS:
                first = k - 1  # "Fatimah binte [Rahmat]"
                continue
            if lower and _lower_head(before, lex):
                first = k - 1  # "hamad bin [khalifa]"
                continue
            break
        if not lower or not _lower_head(prev, lex):
            break
        if k > 0 and _foreign_run(text, toks, k):
            break  # "kal bahut [kumar]": a clause of another language, not a given name
        first = k
    if first < n and first > 0 and toks[first - 1].low in DETERMINERS:
        return n  # "his ama [kofi]", "her panganay [jayson]": the relation, then the name
    return first


def _foreign_run(text: str, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]``, in no list, follows another lower-case word in no list: a run
    of them is more likely a clause of another language than a name."""
    before = toks[k - 1]
    return (
        text[before.end : toks[k].start] == " "
        and not before.capital
        and before.kind is Kind.UNKNOWN
        and len(before.word) >= _MIN_LISTED
        and before.low not in _DESCENT
        and toks[k].kind is not Kind.NAME
    )


def _anchored(toks: list[Token], n: int) -> bool:
    """Whether the lower-case name found at token ``n`` is listed or follows a particle of
    descent ("hamad bin [khalifa]")."""
    return toks[n].kind is Kind.NAME or (n > 0 and toks[n - 1].low in _DESCENT)


def _quoted(text: str, start: int) -> bool:
    """Whether ``start`` stands inside a quotation opened before it."""
    straight = text.count('"', 0, start)
    return straight % 2 == 1 or text.count("“", 0, start) > text.count("”", 0, start)
