"""Capitalised words right after an owner that name a relation or a thing, not a person.

"her Tete", "his Babulia", "her Nyirakuru": a word in no list of names, places or regions,
written right after "her", "his", "their", "our", "your" or "my" with no capitalised word
and nothing a person does after it, is a kinship or everyday word of another language
("then her Tamirat came in", "our Kagiso came home" are people);
"her Ata says": a kinship word of another language that is seldom a given name is the
relation; "her Amma, her Appa, her Anna and her Thangachi": a listed name among owned
kinship words is one of them. A name after a kinship word ("her Tata Ndèye", "his Nana
Lupe"), a word after "call her" ("call her Gigi"), acronyms ("his PO", "her HSBC account")
and listed towns ("her Brixton flat") are left to the other rules.

"Sekuru, Tete, Babamukuru and Mainini all came", "Mame and Yaay": a kinship word of another
language listed beside another kinship word is the relation, though it is also a town or a
rare given name ("Mum and Anna" stays a name).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Token

OWNERS = frozenset("her his their our your my".split())
_CALLING = frozenset("call calls called calling nickname nicknamed named name names".split())
_LIST_GAPS = frozenset({", ", "; ", " & ", " / "})
_LIST_WORDS = frozenset({"and", "or"})
_LIST_REACH = 3  # owned items looked at on each side


def owned_word(
    text: str,
    toks: list[Token],
    i: int,
    lex: Lexicon,
    *,
    unlisted: bool,
    kin_vocab: frozenset[str],
    kin_word: Callable[[Token], bool],
    acts: Callable[[int], bool],
) -> bool:
    """Whether the lone capitalised word ``toks[i]`` reads as a word its owner has
    (``unlisted``: it is in no list of words or names; ``kin_vocab``: kinship words of
    any language; ``acts``: whether what follows the token at an index is what a person
    does, as in "her Tamirat came in")."""
    tok = toks[i]
    if i == 0 or tok.acronym or not _owned(text, toks, i):
        return False
    if i + 1 < len(toks) and toks[i + 1].capital and text[tok.end : toks[i + 1].start] == " ":
        return False  # "her Tata Ndèye": the name after the kinship word
    low = tok.low
    if unlisted and low not in lex.places and low not in lex.regions and not acts(i):
        return True
    if low in kin_vocab and lex.given_names.get(low, 0) < _COMMON_NAME:
        return True  # "her Ata says", "his Ata not there": a surname too, rarely a name
    return _among_owned_kin(text, toks, i, kin_word)


def _owned(text: str, toks: list[Token], i: int) -> bool:
    prev = toks[i - 1]
    if prev.low not in OWNERS or text[prev.end : toks[i].start] != " ":
        return False
    return not (i > 1 and toks[i - 2].low in _CALLING)  # "call her Gigi"


def _among_owned_kin(
    text: str, toks: list[Token], i: int, kin_word: Callable[[Token], bool]
) -> bool:
    """ "her Appa, her Anna and her Thangachi": an owned item of a list whose other owned
    items are kinship words."""
    for step in (-1, 1):
        j = i
        for _ in range(_LIST_REACH):
            j = _next_item(text, toks, j, step)
            if j < 0 or not _owned(text, toks, j):
                break
            if kin_word(toks[j]):
                return True
    return False


def _next_item(text: str, toks: list[Token], j: int, step: int) -> int:
    """The word of the owned item before (``step`` -1) or after (1) the one at ``j`` in a
    list ("her Amma, her Appa and her Anna"), or -1."""
    if step < 0:
        if j >= 3 and text[toks[j - 2].end : toks[j - 1].start] in _LIST_GAPS:
            return j - 2
        if j >= 4 and toks[j - 2].low in _LIST_WORDS and _spaced(text, toks, j - 3, j - 1):
            return j - 3
        return -1
    if j + 2 < len(toks) and text[toks[j].end : toks[j + 1].start] in _LIST_GAPS:
        return j + 2
    if j + 3 < len(toks) and toks[j + 1].low in _LIST_WORDS and _spaced(text, toks, j, j + 2):
        return j + 3
    return -1


def _spaced(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Only a space (a comma before the first) between the tokens ``a`` to ``b``."""
    return text[toks[a].end : toks[a + 1].start] in (" ", ", ") and all(
        text[toks[k].end : toks[k + 1].start] == " " for k in range(a + 1, b)
    )


_LIST_JOINS = frozenset({"and", "&", "y", "et", "na", "e"})
_COMMON_NAME = 3  # listed by this many locales: a name before a kinship word


def listed_kin(
    text: str,
    toks: list[Token],
    i: int,
    lex: Lexicon,
    *,
    kin_vocab: frozenset[str],
    kin_word: Callable[[Token], bool],
) -> bool:
    """ "Sekuru, Tete, Babamukuru and Mainini all came", "Mame and Yaay came": a kinship
    word of another language (``kin_vocab``) in a list beside another kinship word is the
    relation, though it is also a town or a rare given name. A common given name ("Mum and
    Anna") and a word before a name ("Tata Ndèye") are left to the other rules."""
    tok = toks[i]
    low = tok.low
    if low not in kin_vocab or tok.possessive or lex.given_names.get(low, 0) >= _COMMON_NAME:
        return False
    if i + 1 < len(toks) and toks[i + 1].capital and text[tok.end : toks[i + 1].start] == " ":
        return False
    return any(kin_word(toks[j]) for j in _list_neighbours(text, toks, i))


def _list_neighbours(text: str, toks: list[Token], i: int) -> list[int]:
    """The list items right before and after ``toks[i]`` ("A, B and C")."""
    out: list[int] = []
    if i >= 1 and text[toks[i - 1].end : toks[i].start] == ", ":
        out.append(i - 1)
    elif i >= 2 and toks[i - 1].low in _LIST_JOINS and _spaced(text, toks, i - 2, i):
        out.append(i - 2)
    if i + 1 < len(toks) and text[toks[i].end : toks[i + 1].start] == ", ":
        out.append(i + 1)
    elif i + 2 < len(toks) and toks[i + 1].low in _LIST_JOINS and _spaced(text, toks, i, i + 2):
        out.append(i + 2)
    return out
