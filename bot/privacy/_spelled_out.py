"""Words spelled out one letter at a time: "M A R I A", "k e v i n", "J.O.N.A.H".

Letters typed apart, by spaces or by dots, are meant to be read as the word they make, but no
name list or rule reads them so. Four letters or more in a row, each standing alone, are
judged as that word: it stays when it is an everyday word or brand and no listed name
("P L E A S E", "N.O.T.H.I.N.G"); dotted capitals are an acronym ("A.D.H.D.", "S.M.A.R.T.")
unless they spell a listed name that is no everyday word. Any other is taken for a name.
Texts written in words of one letter do not run to four of them in a row ("a y o", "G y H"),
and a letter repeated or letters in the alphabet's order ("x x x x", "a b c d") spell nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

# four letters or more, each standing alone, one space or one dot between each two
_SPELLED = re.compile(r"(?<![\w.])[^\W\d_]([ .])(?:[^\W\d_]\1){2,}[^\W\d_](?!\w)")
# what every match holds, two letters each between marks ("M A R I A": " A R "): opening
# with a mark, it lets the engine skip in C to the spaces and dots instead of trying the
# look-behind above at every character
_TWO_LONE_LETTERS = re.compile(r"[ .][^\W\d_][ .][^\W\d_][ .]")


def _not_a_word(letters: str) -> bool:
    """One letter over and over ("x x x x"), or letters in the alphabet's order ("a b c d")."""
    return len(set(letters)) == 1 or all(ord(b) - ord(a) == 1 for a, b in pairwise(letters))


def _listed(word: str, lex: Lexicon) -> bool:
    return word in lex.given_names or word in lex.surnames or word in lex.word_names


def _everyday(word: str, lex: Lexicon) -> bool:
    return word in lex.ordinary or word in lex.always_ordinary or word in lex.brands


def _a_name(letters: str, dotted: bool, lex: Lexicon) -> bool:
    word = letters.lower()
    if dotted and letters.isupper():  # an acronym unless it spells a name: "S.M.A.R.T."
        return _listed(word, lex) and not _everyday(word, lex)
    return _listed(word, lex) or not _everyday(word, lex)


def spelled_out(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Names in ``text`` spelled out letter by letter."""
    if _TWO_LONE_LETTERS.search(text) is None:
        return
    for m in _SPELLED.finditer(text):
        letters = m.group().replace(m.group(1), "")
        if _not_a_word(letters.lower()):
            continue
        if _a_name(letters, m.group(1) == ".", lex):
            yield m.start(), m.end(), "name"
