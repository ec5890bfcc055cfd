"""A function word of another language opening a sentence written in that language.

"Elle a ri, elle a dit que c'était plus facile", "Le reza a la Virgen de Guadalupe y a San
Judas": the first word is a pronoun or article of the sentence's language, capitalised as
every sentence's first word is. It is also a listed given name ("Elle", "Le", "Ela"), so
the foreign-clause rules, which pass over listed names, leave it removed. The sentence
settles it: when the rest of it holds at least two more function words of the same
language (no English words among them) and more of them than English function words, the
opener is that language's word.

Recall first: only a word of the function-word data is kept, only as a whole candidate of
one word that opens its sentence, and only when the sentence's other function words share
a language with it ("Ela poszła do szkoły": Polish words after the name "Ela", which is a
Portuguese pronoun, keep it a name).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._function_words import tables
from ._word_classes import without_one_word_names

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_MIN_KIN = 2  # other function words of the opener's language in its sentence
_BREAKS = frozenset('.!?;:\n"“”«»()')


def clause_words_after(text: str, toks: list[Token], i: int) -> Iterator[Token]:
    """The lower-case words after ``toks[i]`` up to the end of its clause (a sentence
    break, a colon, a quote mark or a bracket): the words that tell its language."""
    j = i
    while j + 1 < len(toks) and not any(
        c in _BREAKS for c in text[toks[j].end : toks[j + 1].start]
    ):
        j += 1
        if not toks[j].capital:
            yield toks[j]


def keep_clause_openers(
    text: str,
    toks: list[Token],
    found: list[Candidate],
    lex: Lexicon,
    starts_sentence: Callable[[int], bool],
) -> list[Candidate]:
    """``found`` without one-word candidates that open a sentence of their own language."""
    t = tables()
    return without_one_word_names(
        found,
        toks,
        lambda i: (
            _opener_of_its_language(text, toks, i, lex, t.langs, t.english) and starts_sentence(i)
        ),
    )


def _opener_of_its_language(
    text: str,
    toks: list[Token],
    i: int,
    lex: Lexicon,
    langs: dict[str, frozenset[str]],
    english: frozenset[str],
) -> bool:
    tok = toks[i]
    mine = langs.get(tok.low)
    if not mine or not tok.capital or tok.acronym or tok.possessive or tok.word.isupper():
        return False
    kin: set[str] = set()
    english_words = 0
    for other in clause_words_after(text, toks, i):
        if other.low in english or other.low in lex.ordinary:
            english_words += other.low in english
            continue
        if not mine.isdisjoint(langs.get(other.low, ())):
            kin.add(other.low)
    return len(kin) >= _MIN_KIN and len(kin) > english_words
