"""Names after "Ah", the familiar prefix of Cantonese, Hokkien and Singaporean names: "ah wing
finally talked about his father", "ah boy's mum says", "Ah Ming (71) called", "uncle ah seng".

The prefix is spelt like the English interjection ("ah ok", "ah, right", "ah well"), so the pair
is a name only where a person stands: "ah" opens a sentence or follows a word of kinship or
role, and the word after it is followed by a possessive, a bracket, or (after at most one
adverb) a verb in the past tense or in "-s". The word after "ah" is a single word of two to
six letters that is no pronoun, article, interjection or word of kinship ("ah ma", "ah gong":
the grandmother and grandfather).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._lower_subject_names import _ADVERBS, _verb
from ._word_classes import spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_BEFORE = frozenset(
    "uncle aunty auntie aunt cousin brother sister bro sis grandpa grandma friend client "
    "dad mum mom son daughter neighbour neighbor kor jie".split()
)
_NOT_NAMES = frozenset(
    "ok okay k well right yes yeah yep no nah man god gosh shit wow so i that the this these "
    "those she he they we you it its my his her our their a an and but or then there here "
    "what how why when lol haha hmm sorry thanks see got".split()
)
# the relatives "Ah" also opens: "ah ma", "ah gong", "ah po", "ah yi", "ah sook", "ah gor"
_KIN = frozenset(
    "ma mah ba pa ma gong kong po por yi ee ku kew sook pak chek zhek mm ngo so soh tai tai "
    "gor ko koh jie je che chi mui mei di dai yeh yay nai".split()
)
_MIN_WORD = 2
_MAX_WORD = 6


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "ah" stands among the words."""
    return "ah" in lows


def ah_names(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """ "ah" and the word after it where a person stands (see the module)."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i in range(last):
        tok = toks[i]
        if tok.low != "ah" or tok.possessive:
            continue
        if not (starts(i) or (i > 0 and toks[i - 1].low in _BEFORE and spaced(text, toks, i))):
            continue
        j = i + 1
        word = toks[j]
        if not spaced(text, toks, j) or word.low in _NOT_NAMES or word.low in _KIN:
            continue
        if word.low in lex.always_ordinary or not word.word.isalpha():
            continue
        if not _MIN_WORD <= len(word.word) <= _MAX_WORD:
            continue
        if word.possessive or text.startswith(" (", word.end) or _verb_after(text, toks, j, lex):
            out.append((tok.start, word.end, "name"))
    return out


def _verb_after(text: str, toks: list[Token], j: int, lex: Lexicon) -> bool:
    """A verb in the past tense or in "-s" right after ``toks[j]`` (past one adverb)."""
    k = j + 1
    if k < len(toks) and toks[k].low in _ADVERBS and spaced(text, toks, k):
        k += 1
    return k < len(toks) and spaced(text, toks, k) and _verb(toks[k], lex)
