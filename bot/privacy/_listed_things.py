"""A capitalised word in a list of capitalised everyday things: a thing of the same kind.

"Bread, Coffee, Sunlight, Pogača": "Mercator, Spar, Petrol, Radenska": a writer who lists
things with capitals lists one more the lists of words do not know; the items beside it
show what the list holds. A list of people shows it too ("Mama, Papa, Yomaira"), so only
things count.

Recall first: the word is a whole item alone (one word, no possessive, no acronym, no
listed given name, surname, town or region) in a list of at least three items split by
commas; at least two other items are each one capitalised word that no rule took for a
name, an everyday word or a known thing, no kinship or address word, no word that is
also a given name ("Hope"); and no item of the list was taken for a name, place or
organisation, save the word itself (names of people listed together stay names).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._kin_words import _KIN_VOCAB as KIN_VOCAB
from ._kin_words import KIN_NOUNS
from ._vocab import RELATIONS
from ._word_classes import Kind, token_range

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_MIN_ITEMS = 3
_MIN_THINGS = 2  # other items that are known things
# where a list ends: a sentence's end, a colon or semicolon, a bracket, a line break, a dash
_LIST_END = re.compile(r"[.!?:;()\[\]\n\"“”]|\s[-–—]\s")
_LAST_JOINS = (" and ", " & ", " or ")
_ITEM_OPENERS = (", ", *_LAST_JOINS)
_THING_KINDS = frozenset({Kind.STOP, Kind.ORDINARY})


def may_hold(text: str) -> bool:
    """Cheap check: three items split by commas."""
    return text.count(", ") >= _MIN_ITEMS - 1


def keep_listed_things(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the one-word candidates that are items of a list of things."""
    kept: list[Candidate] = []
    for cand in found:
        if cand[2] in ("name", "place", "org") and _listed_thing(text, toks, cand, found, lex):
            continue
        kept.append(cand)
    return kept


def _segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of text between list ends around ``start:end``."""
    left = 0
    for m in _LIST_END.finditer(text, 0, start):
        left = m.end()
    m = _LIST_END.search(text, end)
    return left, (m.start() if m else len(text))


def _items(text: str, left: int, right: int) -> list[tuple[int, int]]:
    """The items of the stretch ``left:right`` split at commas (and the last at "and"),
    as stripped character ranges."""
    items: list[tuple[int, int]] = []
    pos = left
    for piece in text[left:right].split(","):
        end = pos + len(piece)
        joined = next((j for j in _LAST_JOINS if j in piece), None)
        parts = piece.split(joined, 1) if joined else [piece]
        at = pos
        for part in parts:
            lead = len(part) - len(part.lstrip())
            body = part.strip()
            if body:
                items.append((at + lead, at + lead + len(body)))
            at += len(part) + (len(joined) if joined else 0)
        pos = end + 1
    return items


def _listed_thing(
    text: str, toks: list[Token], cand: Candidate, found: list[Candidate], lex: Lexicon
) -> bool:
    first, last = token_range(toks, cand[0], cand[1])
    if last - first != 1:
        return False
    tok = toks[first]
    if tok.possessive or tok.acronym or not tok.capital or lex.listed(tok.low):
        return False
    if not (text.startswith(",", tok.end) or text[: tok.start].endswith(_ITEM_OPENERS)):
        return False  # no comma after it, nor a comma or a last join before it: no item
    left, right = _segment(text, tok.start, tok.end)
    items = _items(text, left, right)
    if len(items) < _MIN_ITEMS or (tok.start, tok.end) not in items:
        return False
    things = 0
    for start, end in items:
        if (start, end) == (tok.start, tok.end):
            continue
        if any(c[0] < end and c[1] > start and c is not cand for c in found):
            return False  # another item was read as a name: a list of people or places
        things += _known_thing(text, toks, start, end, lex)
    return things >= _MIN_THINGS


def _known_thing(text: str, toks: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """One capitalised word of a known kind that is no person word."""
    first, last = token_range(toks, start, end)
    if last - first != 1:
        return False
    tok = toks[first]
    return (
        tok.capital
        and (tok.start, tok.end) == (start, end)
        and tok.kind in _THING_KINDS
        and tok.low not in KIN_VOCAB
        and tok.low not in KIN_NOUNS
        and tok.low not in RELATIONS
        and tok.low not in lex.given_names
        and text[start:end].isalpha()
    )
