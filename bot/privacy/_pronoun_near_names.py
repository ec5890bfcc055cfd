"""A listed given name of one or two locales, typed in lower case after a word a person's
name follows, with "he" or "she" near: "rang the school re haris, says he's been in".

A given name that is no everyday word is read as a name in lower case wherever it stands only
when three or more locales list it ("maya", "omar"); one listed by one or two ("haris",
"jelani", "malia") needs a cue, because such a word is as often a word of another language
("verde", "alegre", "habibi"). Here two weaker cues together vouch for it: the word before it
is one a person's name follows ("re", "about", "bout", "for", "with", "told", "hi", "is"),
and "he", "she", "his", "her", "him" stands within a few words on the same line. The name
has five letters or more, is no function word of another language, no word of endearment
("hi habibi") and no "-ing" word typed without its "g" ("nothin"); only English words stand
right beside it ("caldo verde") and no function word of another language near it ("con la").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._endearments import ENDEARMENTS
from ._function_words import tables
from ._lexicon import lexicon
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Token

_PERSON_WORDS = frozenset("he she his her him himself herself".split())
# words a person's name follows: "re haris", "talk bout jelani", "client is nkechi"
_BEFORE_PERSON = frozenset(
    "re about bout abt for to with w wit told tell tells asked ask asks called call calls "
    "sent send brought bring thank thanks congrats miss missed love hi hey bye is was".split()
)
_REACH = 6
_MIN_LETTERS = 5


def beside_person_word(text: str, toks: list[Token], i: int) -> bool:
    """Whether the lower-case listed given name ``toks[i]`` follows a word a name follows
    and stands near a person's word (see the module)."""
    tok = toks[i]
    if tok.kind is not Kind.NAME or len(tok.word) < _MIN_LETTERS or not tok.word.isalpha():
        return False
    if i == 0 or toks[i - 1].low not in _BEFORE_PERSON:
        return False
    if tok.low in tables().langs or tok.low in ENDEARMENTS or _dropped_g(tok.low):
        return False
    if not (_english_beside(text, toks, i, i - 1) and _english_beside(text, toks, i, i + 1)):
        return False
    if _foreign_near(toks, i):
        return False
    lo, hi = max(0, i - _REACH), min(len(toks), i + _REACH + 1)
    for k in range(lo, hi):
        if k != i and toks[k].low in _PERSON_WORDS:
            left, right = (toks[k], tok) if k < i else (tok, toks[k])
            return "\n" not in text[left.end : right.start]
    return False


def _english_beside(text: str, toks: list[Token], i: int, k: int) -> bool:
    """The word ``toks[k]`` next to the name ``toks[i]``, when only a space stands between,
    is an English word: in "cabo verde", "caldo verde", "yalla habibi" the name is a word of
    another language."""
    if k < 0 or k >= len(toks):
        return True
    left, right = (toks[k], toks[i]) if k < i else (toks[i], toks[k])
    if text[left.end : right.start] != " ":
        return True
    other = toks[k]
    return other.low in lexicon().ordinary or other.low in tables().english


def _foreign_near(toks: list[Token], i: int) -> bool:
    """A function word of another language that is no English word stands within a few
    words: the name may be a word of that language ("cuando estoy en la iglesia")."""
    t = tables()
    ordinary = lexicon().ordinary
    for k in range(max(0, i - _REACH), min(len(toks), i + _REACH + 1)):
        low = toks[k].low
        if k != i and low in t.langs and low not in t.english and low not in ordinary:
            return True
    return False


def _dropped_g(low: str) -> bool:
    """ "sayin", "nothin": an "-ing" word typed without its "g"."""
    return low.endswith("in") and low + "g" in lexicon().ordinary
