"""Pronouns, their verbs and other function words inside a clause of another language typed
in lower case.

In chat, practitioners type whole clauses of another language in lower case ("ela chorou
mas era choro bom", "hoy la sesión fue re linda", "dia cakap dia boleh tidur"). The
lower-case name rules read such words as names, and a name candidate of two lower-case
words ("ela chorou") keeps its second word when a later pass drops the first as a word of
the language. Inside a clause the function words of one language make its own
(``_foreign_clauses.foreign_clauses``), this pass reads each word of such a candidate:

- a subject pronoun of the clause's language that two other function words of the language
  stand with ("ela chorou mas era", "elle l'a vu et elle"), unless a title or kinship word
  stands before it or an English word after it ("ella said"): a pronoun;
- the word right after such a pronoun ("ela chorou", "dia cakap"), and the same word where
  it stands elsewhere in the text, unless it is a listed given name: a verb;
- a function word of the language opening the clause before another one ("hoy la sesión",
  "hoy con la"), with two other function words of the language in the clause: its own word.

Recall first: only names typed in lower case in a text whose writer does not capitalise
sentences are read; a word after a title or kinship word of address, or with a possessive
ending, stays a name; a word of the candidate none of the above reads stays in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._foreign_clauses import (
    _ENGLISH,  # pyright: ignore[reportPrivateUsage]
    _PERSON_BEFORE,  # pyright: ignore[reportPrivateUsage]
    _SUBJECT_PRONOUNS,  # pyright: ignore[reportPrivateUsage]
    _capitalising,  # pyright: ignore[reportPrivateUsage]
    _languages,  # pyright: ignore[reportPrivateUsage]
    blank_placeholders,
    foreign_clauses,
)
from ._function_words import close_languages

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]
Clause = tuple[int, int, frozenset[str]]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_MIN_OTHERS = 2  # other function words of the language the clause must hold
_POSSESSIVE = ("'s", "’s")
_SHORT = 4  # words of a clause too short to tell its language by itself


def _own(low: str, langs: frozenset[str]) -> bool:
    """Whether ``low`` is a function word of one of ``langs`` and no English one."""
    return low not in _ENGLISH and not _languages(low).isdisjoint(langs)


class _Clause:
    """A foreign clause's words, with what each is read as."""

    def __init__(self, text: str, clause: Clause) -> None:
        self.start, self.end = clause[0], clause[1]
        self.langs = close_languages(clause[2])
        self.words = list(_WORD.finditer(text, self.start, self.end))
        self.lows = [m.group().lower() for m in self.words]
        self.own = {w for w in self.lows if _own(w, self.langs)}

        self.around: set[str] = set()  # function words of its language in all the clauses

    def strong_without(self, low: str) -> bool:
        """The clause holds enough other function words of its language, or is short and
        the text's other clauses of the language hold twice as many ("kkkkk ela falou")."""
        if len(self.own - {low}) >= _MIN_OTHERS:
            return True
        return len(self.lows) <= _SHORT and len(self.around - {low}) >= 2 * _MIN_OTHERS

    def index(self, start: int) -> int:
        for i, m in enumerate(self.words):
            if m.start() == start:
                return i
        return -1


def _person_slot(text: str, clause: _Clause, i: int) -> bool:
    """After a title or kinship word of address, or with a possessive ending."""
    word = clause.words[i]
    if text[word.end() : word.end() + 2] in _POSSESSIVE or word.group().endswith(_POSSESSIVE):
        return True
    return i > 0 and clause.lows[i - 1] in _PERSON_BEFORE


def _pronoun(text: str, clause: _Clause, i: int, lex: Lexicon) -> bool:
    """A subject pronoun of the clause's language that two other function words stand with,
    typed in lower case and followed by a word that is no English one."""
    low = clause.lows[i]
    if low not in _SUBJECT_PRONOUNS or not _own(low, clause.langs):
        return False
    if not clause.words[i].group().islower() or _person_slot(text, clause, i):
        return False
    if not clause.strong_without(low):
        return False
    nxt = clause.lows[i + 1] if i + 1 < len(clause.lows) else ""
    return not nxt or nxt not in lex.ordinary or _own(nxt, clause.langs)


def _opening_pair(clause: _Clause, i: int) -> bool:
    """A function word of the language opening the clause before another one."""
    if i != 0 or len(clause.lows) < 2 or not clause.words[0].group().islower():
        return False
    low, nxt = clause.lows[0], clause.lows[1]
    return _own(low, clause.langs) and _own(nxt, clause.langs) and clause.strong_without(low)


def _verbs(text: str, clauses: list[_Clause], lex: Lexicon) -> set[str]:
    """Lower-case words right after a subject pronoun of their clause's language."""
    out: set[str] = set()
    for clause in clauses:
        for i in range(len(clause.words) - 1):
            nxt = clause.words[i + 1].group()
            if not nxt.islower() or nxt in lex.given_names or _own(nxt, clause.langs):
                continue
            if (
                _pronoun(text, clause, i, lex)
                and text[clause.words[i].end() : clause.words[i + 1].start()].isspace()
            ):
                out.add(nxt)
    return out


def keep_clause_pronouns(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Name candidates typed in lower case inside a clause of another language, without the
    words read there as pronouns, their verbs or function words opening the clause."""
    lowers = [text[s:e] for s, e, kind in out if kind == "name" and text[s:e].islower()]
    if not lowers:
        return out  # most texts: no lower-case name to read
    if _SUBJECT_PRONOUNS.isdisjoint(text.lower().split()) and not any(
        _languages(w) for cand in lowers for w in cand.split()
    ):
        return out  # no pronoun to read, no function word in a candidate
    if _capitalising(text):
        return out
    found = foreign_clauses(text)
    if not found:
        return out
    plain = blank_placeholders(text)
    clauses = [_Clause(plain, c) for c in found]
    for clause in clauses:
        clause.around = {w for c in clauses for w in c.lows if _own(w, clause.langs)}
    verbs = _verbs(plain, clauses, lex)
    kept: list[Candidate] = []
    for cand in out:
        start, end, kind = cand
        clause = next((c for c in clauses if c.start <= start and end <= c.end), None)
        if clause is None or kind != "name" or not text[start:end].islower():
            kept.append(cand)
            continue
        kept.extend(_pieces(plain, cand, clause, verbs, lex))
    return kept


def _pieces(
    text: str, cand: Candidate, clause: _Clause, verbs: set[str], lex: Lexicon
) -> list[Candidate]:
    start, end, kind = cand
    first = clause.index(start)
    if first < 0:
        return [cand]
    ordinary: list[bool] = []
    i = first
    while i < len(clause.words) and clause.words[i].end() <= end:
        ordinary.append(_ordinary(text, clause, i, verbs, lex))
        i += 1
    if not any(ordinary):
        return [cand]
    pieces: list[Candidate] = []
    run: list[int] = []
    for k, flag in enumerate([*ordinary, True]):
        if not flag:
            run.append(first + k)
        elif run:
            pieces.append((clause.words[run[0]].start(), clause.words[run[-1]].end(), kind))
            run = []
    return pieces


def _ordinary(text: str, clause: _Clause, i: int, verbs: set[str], lex: Lexicon) -> bool:
    if _pronoun(text, clause, i, lex) or _opening_pair(clause, i):
        return True
    word = clause.words[i].group()
    return word in verbs and not _person_slot(text, clause, i)
