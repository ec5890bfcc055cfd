"""Places of two or three lower-case words after an English place preposition when one of the
words is spelt like a function word of another language: "came in from hoang mai", "the 2 days
her mum was in hai phong for work", "they r in ang mo kio now", "hiking w his dad in sai kung
instead".

``_lower_places`` reads two words in no list after "in", "from", "near", "around", "outside" or
a "to" of movement as a place, but a word that some language's function-word table holds
("mai" is Italian, "hai" Italian and Hindi, "mo" Tagalog) stops it, since the words may be a
phrase of that language. Here the preposition must be English, an English word standing right
before it ("came in", "was in"; not "è in"), and the words are read as ``_lower_places`` reads
words in no list, ending where the clause does or before a small English word or a place noun.
Only the words beside the phrase are read, not the language of the rest of the text: a
placeholder far away, which can change what the rest of the text shows, changes nothing here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._lower_places import _AFTER_TOWN, _PLACE_NOUNS, MOTION_VERBS, PLACE_PREPS
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_ENDS = _AFTER_TOWN | _PLACE_NOUNS | {"instead", "bazaar", "lol"}
# an article of another language right after the preposition reads as "the", as creoles and
# code-switching write it ("went in di yaad", "from de market"): a thing follows, not a town.
# Not "el", which begins Arabic and Spanish place names ("in el mina", "from el paso")
_ARTICLES = frozenset(
    "de di da la le lo il los las les het der die das den un une una uno ein eine een".split()
)
_MAX_WORDS = 3
_MIN_WORD = 2
_MIN_PHRASE = 6  # letters in the words together


def foreign_word_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Lower-case places whose words another language's tables hold (see the module)."""
    out: list[Candidate] = []
    n = len(toks)
    for i in range(1, n - 1):
        prep = toks[i - 1].word
        if prep not in PLACE_PREPS and prep != "to":
            continue
        if prep == "to" and (i < 2 or toks[i - 2].low not in MOTION_VERBS):
            continue
        if not spaced(text, toks, i) or not _english_before(text, toks, i - 1, lex):
            continue
        if toks[i].low in _ARTICLES:
            continue
        k, foreign = i, False
        while k < n and k - i < _MAX_WORDS and (k == i or spaced(text, toks, k)):
            kind = _word_kind(toks[k], lex)
            if kind is None:
                break
            foreign = foreign or kind
            k += 1
        if k - i < 2 or not foreign:
            continue
        if sum(len(t.word) for t in toks[i:k]) < _MIN_PHRASE:
            continue
        if k < n and spaced(text, toks, k) and toks[k].low not in _ENDS:
            continue  # the words go on: a clause of another language
        out.append((toks[i].start, toks[k - 1].end, "place"))
    return out


def _english_before(text: str, toks: list[Token], p: int, lex: Lexicon) -> bool:
    """The preposition is English: an English word stands right before it ("came in from",
    "was in"), not a word of another language ("è in", "sind in")."""
    if p < 1 or not spaced(text, toks, p):
        return False
    low = toks[p - 1].low
    return low in tables().english or (low in lex.ordinary and low not in tables().langs)


def _word_kind(tok: Token, lex: Lexicon) -> bool | None:
    """None for a word that can be no part of such a place; True for a function word of a
    language the text does not show; False for a word in no list at all."""
    word = tok.word
    if tok.kind is not Kind.UNKNOWN and tok.kind is not Kind.NAME and tok.kind is not Kind.ORDINARY:
        return None
    if tok.possessive or not word.islower() or not word.isalpha() or len(word) < _MIN_WORD:
        return None
    low = tok.low
    t = tables()
    if low in lex.always_ordinary or low in t.languages:
        return None
    if low in t.langs:
        return None if low in t.english else True
    if tok.kind is Kind.ORDINARY:
        return None
    return False
