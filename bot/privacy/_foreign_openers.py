"""A function word of another language opening a sentence that no English word shares.

"Het was een goede week", "Prima si chiudeva in camera", "Durante la semana lloró": the
first word is an article, pronoun or adverb of the sentence's language, capitalised as every
sentence's first word is, and it is also a listed given name ("Het", "Prima", "Durante"),
so the name rules remove it. ``_clause_openers`` keeps such an opener when two more function
words of its language stand in the sentence; here fewer suffice when the sentence holds no
English at all: the words after the opener hold a function word of its language that no
English word is spelt like ("een", "si"), every function word spelt like an English one is
also a word of the opener's language ("was" is Dutch, "in" Italian), and the words that are
in no list of function words are no everyday English words either ("goede", "chiudeva").

Recall first: only a one-word candidate opening its sentence, and only a word of the
function-word data; a sentence with one English function word or one everyday English word
keeps the opener a name ("Ana went home", "Ela and her mum"); "Ela poszła do szkoły" keeps
the name, since "do" is spelt like English and no other Portuguese word stands there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._clause_openers import clause_words_after
from ._function_words import tables
from ._word_classes import without_one_word_names

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_MIN_WORDS = 2  # words after the opener that are not English


def keep_foreign_openers(
    text: str,
    toks: list[Token],
    found: list[Candidate],
    lex: Lexicon,
    starts_sentence: Callable[[int], bool],
) -> list[Candidate]:
    """``found`` without one-word candidates opening a sentence with no English in it."""
    return without_one_word_names(
        found,
        toks,
        lambda i: _opens_foreign_sentence(text, toks, i, lex) and starts_sentence(i),
    )


def _opens_foreign_sentence(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    t = tables()
    tok = toks[i]
    mine = t.langs.get(tok.low)
    if not mine or not tok.capital or tok.acronym or tok.possessive or tok.word.isupper():
        return False
    kin = foreign = english = 0
    for other in clause_words_after(text, toks, i):
        langs = t.langs.get(other.low)
        if langs is None:  # a content word: English or not
            if other.low in lex.ordinary:
                english += 1
            else:
                foreign += 1
        elif mine.isdisjoint(langs):
            if other.low in t.english:
                return False  # an English function word of no language of the opener
            foreign += 1
        else:
            kin += other.low not in t.english
    return kin >= 1 and kin + foreign >= _MIN_WORDS and kin + foreign > english
