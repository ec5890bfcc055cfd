"""Places of two or three lower-case words after a place preposition when one of the words is
spelt like a function word of a language the text does not show: "came in from hoang mai",
"the 2 days her mum was in hai phong for work", "they r in ang mo kio now", "hiking w his dad in
sai kung instead".

``_lower_places`` reads two words in no list after "in", "from", "near", "around", "outside" or
a "to" of movement as a place, but a word that some language's function-word table holds
("mai" is Italian, "hai" Italian and Hindi, "mo" Tagalog) stops it, since the two words may be a
phrase of that language. Such a word counts as a word of its language only when the text shows
that language (two other words of it, see ``_language_evidence``); otherwise the
words are read as ``_lower_places`` reads words in no list, ending where the clause does or
before a small English word or a place noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._language_evidence import family_words
from ._lower_places import _AFTER_TOWN, _PLACE_NOUNS, MOTION_VERBS, PLACE_PREPS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_ENDS = _AFTER_TOWN | _PLACE_NOUNS | {"instead", "bazaar", "lol"}
_MAX_WORDS = 3
_MIN_WORD = 2
_MIN_PHRASE = 6  # letters in the words together
_SHOWN = 2  # other words of a language that show the text to be (partly) in it


def foreign_word_places(
    text: str, toks: list[Token], lows: list[str], lex: Lexicon
) -> list[Candidate]:
    """Lower-case places whose words another language's tables hold (see the module)."""
    out: list[Candidate] = []
    n = len(toks)
    for i in range(1, n - 1):
        prep = toks[i - 1].word
        if prep not in PLACE_PREPS and prep != "to":
            continue
        if prep == "to" and (i < 2 or toks[i - 2].low not in MOTION_VERBS):
            continue
        if not _spaced(text, toks, i):
            continue
        k, foreign = i, False
        while k < n and k - i < _MAX_WORDS and (k == i or _spaced(text, toks, k)):
            kind = _word_kind(toks[k], lows, lex)
            if kind is None:
                break
            foreign = foreign or kind
            k += 1
        if k - i < 2 or not foreign:
            continue
        if sum(len(t.word) for t in toks[i:k]) < _MIN_PHRASE:
            continue
        if k < n and _spaced(text, toks, k) and toks[k].low not in _ENDS:
            continue  # the words go on: a clause of another language
        out.append((toks[i].start, toks[k - 1].end, "place"))
    return out


def _spaced(text: str, toks: list[Token], k: int) -> bool:
    return text[toks[k - 1].end : toks[k].start] == " "


def _word_kind(tok: Token, lows: list[str], lex: Lexicon) -> bool | None:
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
    langs = t.langs.get(low)
    if langs:
        if low in t.english or family_words([w for w in lows if w != low], langs, lex) >= _SHOWN:
            return None
        return True
    if tok.kind is Kind.ORDINARY:
        return None
    return False
