"""A listed given name typed in lower case right before "from" is a person, wherever it stands:
"and anvi from the group clapped", "lisen (sister), hampus from football, and", "the msee kevo
from kawangware came".

``_people_from`` reads a word before "from" when the place after it has been found and the word
opens a clause; a group, a sport or a place typed in lower case is found by nothing, and a name
in the middle of a list or after a role does not open a clause. Here the word must be a given
name of the lists that is no everyday English word (``_said_lower_names._candidate``) and no
article, owner or preposition may stand before it ("the mãe de santo from her terreiro", "a
kothu from the strip mall": a role or a dish); words in no list are left to the rules that
find the place.

``speakers_from`` reads a word-name or a word in no list that opens a clause, then "from" and
a few words, then a verb only a person does ("dawn from ndinawe called", "davo from the men's
shed rang"): a group or a club said it through the person named before it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._kin_address import WORDS as KIN_WORDS
from ._lower_word_names import _NATURE as NATURE
from ._lower_word_names import _PERSON_ONLY as SAYING
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._said_lower_names import _CHAT_WORDS as CHAT_WORDS
from ._said_lower_names import _OPENING_GAP as OPENING_GAP
from ._said_lower_names import _VOWELS as VOWELS
from ._said_lower_names import _after_opener as after_opener
from ._said_lower_names import _candidate
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_NOT_BEFORE = frozenset(
    "a an the this that these those my your his her our their its some any no of de da do "
    "del di du des dos das della van von to in on at by for into".split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "from" stands among the words."""
    return "from" in lows


def named_from(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Listed given names in lower case right before "from"."""
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        tok = toks[i]
        if toks[i + 1].low != "from" or tok.kind is not Kind.NAME:
            continue
        if text[tok.end : toks[i + 1].start] != " " or not _candidate(tok, lex):
            continue
        if i > 0 and toks[i - 1].low in _NOT_BEFORE:
            continue
        out.append((tok.start, tok.end, "name"))
    return out


# ---- a name opening a clause, "from" somewhere, then what only a person does ------------------

# "grace from the fountain came", "dawn from ndinawe called", "davo from the men's shed rang"
_CAME = frozenset("came comes".split())
_CALLED = frozenset("called calls".split())  # on the phone: as "rang" and "texted" are
_UP = frozenset("up in by".split())
_UP_VERBS = frozenset("turned showed rocked popped dropped".split())
_MAX_FROM_WORDS = 4  # "from muirhouse boxing club", "from the men's shed"
_FROM_GAPS = frozenset({" ", "'s ", "’s "})
_FROM_KINDS = frozenset({Kind.WORD_NAME, Kind.UNKNOWN, Kind.NAME})
_MIN_WORD = 3


def may_speak_from(lows: list[str]) -> bool:
    """Cheap test, with "from" known to stand among the words: a person's verb does too."""
    return (
        not SAYING.isdisjoint(lows)
        or not _CALLED.isdisjoint(lows)
        or not _CAME.isdisjoint(lows)
        or not _UP.isdisjoint(lows)
    )


def speakers_from(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """A word-name, a listed given name or a word in no list that opens a clause, then
    "from" and up to four words, then a verb only a person does: "dawn from ndinawe called",
    "rab from muirhouse boxing club messaged me", "mere from te rito says". Where it comes
    from is a group, a club or a place, so the word before it is someone of it; a word of
    weather or of the seasons does not come ("rain from the north came in")."""
    out: list[Candidate] = []
    for i in range(len(toks) - 2):
        if toks[i + 1].low != "from" or not spaced(text, toks, i + 1):
            continue
        tok = toks[i]
        if tok.kind not in _FROM_KINDS or not _opener_word(tok, lex):
            continue
        if not (starts(i) or after_opener(text, toks, i) or _opens_after_mark(text, toks, i)):
            continue
        verb = _verb_after_from(text, toks, i + 2)
        if verb is None:
            continue
        if _person_verb(text, toks, verb, nature=tok.low in NATURE):
            out.append((tok.start, tok.end, "name"))
    return out


def _person_verb(text: str, toks: list[Token], k: int, *, nature: bool) -> bool:
    """Saying or calling, or (not for weather) coming or turning up."""
    low = toks[k].low
    if low in SAYING or low in _CALLED:
        return True
    if nature:
        return False
    if low in _CAME:
        return True
    return (
        low in _UP_VERBS
        and k + 1 < len(toks)
        and toks[k + 1].low in _UP
        and spaced(text, toks, k + 1)
    )


def _opens_after_mark(text: str, toks: list[Token], i: int) -> bool:
    """After a colon, a comma or a dash: "quick one: dawn from", "shame man, lerato"."""
    return i > 0 and OPENING_GAP.search(text[toks[i - 1].end : toks[i].start]) is not None


def _opener_word(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    if tok.capital or tok.possessive or not tok.word.isalpha() or len(low) < _MIN_WORD:
        return False
    if low in CHAT_WORDS or low in KIN_WORDS or low in ROLE_WORDS or VOWELS.isdisjoint(low):
        return False
    return tok.kind is Kind.WORD_NAME or low not in lex.ordinary


def _verb_after_from(text: str, toks: list[Token], j: int) -> int | None:
    """The index of the first word past "from" and its words that a person's verb may be."""
    last = min(len(toks) - 1, j + _MAX_FROM_WORDS)
    for k in range(j, last + 1):
        gap = text[toks[k - 1].end : toks[k].start]
        if gap not in _FROM_GAPS or (gap != " " and k == j):
            return None
        low = toks[k].low
        if k > j and (low in SAYING or low in _CALLED or low in _CAME or low in _UP_VERBS):
            return k if gap == " " else None
    return None
