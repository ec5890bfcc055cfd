"""A second given name typed small after the first: "Rhonda sue said", "[name] ray has been",
"Mary beth told me", "Billy joe was proud".

Double given names ("Bobby Ray", "Peggy Sue", "Anna Mae") are how many people are called, and
chat types the second one small. Right after a name (a capitalised listed given name, or the
placeholder of one already removed) a lower-case word that is a listed given name, followed by
a verb a person does as the subject ("said", "has", "was", "went" ...), is the rest of that
name (a first name typed small counts when it is no everyday or function word of any
language: "rhonda sue said", not "til baba started"; kinship words, which the lists of names
hold too, are no second name): "sue" or "ray" there is no verb or noun, the sentence's verb
comes after it. A word of one of those kinds where it stands ("Mum said Monday may help",
"[name] will sue", "Tom will go") keeps its everyday reading: the verb after it must be one
no modal or verb takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._language_context import _ALL_FUNCTION_WORDS as FUNCTION_WORDS
from ._name_cues import _KIN_TITLES
from ._vocab import RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# verbs of a subject, in the forms that follow no modal ("will said" is no English)
_SUBJECT_VERBS = frozenset(
    """
    said says told tells has hasnt hasn't had hadnt hadn't was wasnt wasn't is isnt isn't
    went goes got gets came comes called calls texted texts rang rings did didnt didn't does
    doesnt doesn't felt feels thinks thought wanted wants seemed seems looked looks slept
    sleeps started starts reported reports admitted admits agreed agrees managed manages
    mentioned mentions noticed notices scaled rated rates brought brings asked asks
    """.split()
)
_NAME_KINDS = (Kind.NAME, Kind.WORD_NAME)
# kinship words are listed names too ("baba", "nana"): "til baba started" is a father
_KIN = _KIN_TITLES | RELATIONS
_MIN_SECOND = 2


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of a subject is among the words."""
    return not _SUBJECT_VERBS.isdisjoint(lows)


def small_second_names(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """The second given names, typed small, of the names before them."""
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        tok, first, verb = toks[i], toks[i - 1], toks[i + 1]
        if verb.low not in _SUBJECT_VERBS or not tok.word.islower() or tok.possessive:
            continue
        if len(tok.word) < _MIN_SECOND or tok.low not in lex.given_names or tok.low in _KIN:
            continue
        if text[first.end : tok.start] != " " or text[tok.end : verb.start] != " ":
            continue
        if _a_name(text, first, lex):
            out.append(
                (tok.start, tok.end, "name")
                if first.word == "name"
                else (first.start, tok.end, "name")
            )
    return out


def _a_name(text: str, tok: Token, lex: Lexicon) -> bool:
    """A placeholder of a name; a listed given name typed with a capital, or typed small
    when it is no everyday word ("rhonda sue said", not "will ray")."""
    if tok.word == "name" and text[tok.start - 1 : tok.start] == "[" and text[tok.end] == "]":
        return True
    if tok.possessive or tok.low not in lex.given_names:
        return False
    if tok.capital:
        return tok.word[1:].islower() and tok.kind in _NAME_KINDS
    return tok.word.islower() and tok.kind is Kind.NAME and tok.low not in FUNCTION_WORDS
