"""A listed given name of one or two locales, typed in lower case after a word a person's
name follows: "rang the school re haris", "talk bout jelani tho", "said hi to nkechi".

A given name that is no everyday word is read as a name in lower case wherever it stands only
when three or more locales list it ("maya", "omar"); one listed by one or two ("haris",
"jelani", "malia") needs a cue, because such a word is as often a word of another language
("verde", "alegre", "habibi"). Here the word before it is one a person's name follows in
English chat ("re", "about", "bout", "for", "with", "told", "met", "hi", "and", "said",
"from"; "is" and "was" only before a comma or with "he", "she", "her" ... near, as adjectives
of other languages follow them: "the party was alegre"), and the text around it is English: the
name has five letters or more, is no function word of another language, no word of
endearment ("hi habibi") and no "-ing" word typed without its "g" ("nothin"); only English
words stand right beside it ("caldo verde") and no function word of another language within
six words ("con la").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._endearments import ENDEARMENTS
from ._function_words import tables
from ._lexicon import lexicon
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Token

# words a person's name follows in English chat: "re haris", "bout jelani", "met malia"
_BEFORE_PERSON = frozenset(
    "re about bout abt for to with w wit told tell tells asked ask asks called call calls "
    "sent send brought bring thank thanks congrats miss missed love hi hey bye and n met "
    "saw visited said says from".split()
)
# after "is" or "was" only before a comma or a bracket ("the client is nkechi, 17"), or with
# a person's word within a few words ("this is malia he was telling me about")
_COPULAS = frozenset({"is", "was"})
_REACH = 6  # words either side in which no function word of another language stands
_MIN_LETTERS = 5


def after_person_cue(text: str, toks: list[Token], i: int) -> bool:
    """Whether the lower-case listed given name ``toks[i]`` follows a word a name follows,
    in English (see the module)."""
    tok = toks[i]
    if tok.kind is not Kind.NAME or len(tok.word) < _MIN_LETTERS or not tok.word.isalpha():
        return False
    if i == 0:
        return False
    prev = toks[i - 1].low
    if prev in _COPULAS:
        if not text.startswith((", ", " ("), tok.end) and not _person_near(text, toks, i):
            return False  # "client is nkechi, 17"; not "the party was alegre"
    elif prev not in _BEFORE_PERSON:
        return False
    if tok.low in tables().langs or tok.low in ENDEARMENTS or _dropped_g(tok.low):
        return False
    if not (_english_beside(text, toks, i, i - 1) and _english_beside(text, toks, i, i + 1)):
        return False
    return not _foreign_near(toks, i)


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


_PERSON_WORDS = frozenset("he she his her him himself herself".split())


def _person_near(text: str, toks: list[Token], i: int) -> bool:
    """A person's word ("he", "her" ...) within a few words of ``toks[i]`` on its line."""
    for k in range(max(0, i - _REACH), min(len(toks), i + _REACH + 1)):
        if k != i and toks[k].low in _PERSON_WORDS:
            left, right = (toks[k], toks[i]) if k < i else (toks[i], toks[k])
            return "\n" not in text[left.end : right.start]
    return False
