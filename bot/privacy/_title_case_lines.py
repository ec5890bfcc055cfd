"""Headings of another language written in title case: "Lo Que Cambió: De la Crisis a la
Calma", "Wat Ging Er Goed? Het Kleine Verschil", "Mga Napansin Ko Ngayong Linggo".

A heading capitalises every word, so its capitals say nothing about names; the proper-noun
rules read its words as a run of names. A line whose words are all capitalised (function
words aside) and whose function words make it a line of another language
(``_foreign_clauses._language_of``) is such a heading: a word of a name candidate there
that is a function word of that language, or in no list of given names, surnames or towns,
is an ordinary word of the heading.

Recall first: a listed given name, surname or town in the heading stays a name ("Lo Que
Cambió con Mariana"), and so does any word of a line that holds a lower-case word other
than a function word (a sentence, not a heading), or an English one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._foreign_clauses import (
    _language_of,  # pyright: ignore[reportPrivateUsage]
    _languages,  # pyright: ignore[reportPrivateUsage]
)
from ._function_words import close_languages

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_MIN_WORDS = 3
_MAX_HEADING = 160  # characters: a longer line is no heading
_SHORT = 2  # a lower-case word this short joins words ("a", "y", "e") in any language
_PARTS = re.compile(r"[:/?!|–—]")


def may_hold(text: str) -> bool:
    """Cheap check: the text is short enough to be or hold a heading line, or has lines."""
    return len(text) <= _MAX_HEADING or "\n" in text


def _heading_languages(line: str) -> frozenset[str]:
    """The languages of ``line`` when it is a title-case heading of another language."""
    if len(line) > _MAX_HEADING:
        return frozenset()
    rough = line.split()  # most lines are sentences: told apart before any word is read
    if len(rough) < _MIN_WORDS or sum(1 for w in rough if w[:1].isupper()) * 2 <= len(rough):
        return frozenset()
    words = _WORD.findall(line)
    if len(words) < _MIN_WORDS:
        return frozenset()
    lows = [w.lower() for w in words]
    # a heading and its subtitle, or two headings in two languages ("Lo Que Cambió / O Que
    # Mudou: ..."): each part tells its own language
    langs = _language_of(lows).union(
        *(_language_of([w.lower() for w in _WORD.findall(part)]) for part in _PARTS.split(line))
    )
    if not langs:
        return frozenset()
    close = close_languages(langs)
    for word, low in zip(words, lows, strict=True):
        if word[0].islower() and len(low) > _SHORT and _languages(low).isdisjoint(close):
            return frozenset()  # a lower-case word of content: a sentence
    capitals = sum(1 for w in words if w[0].isupper())
    return close if capitals * 2 > len(words) else frozenset()


def keep_title_case_lines(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Candidates without the ordinary words of title-case headings of another language."""
    kept: list[Candidate] = []
    lines: dict[int, tuple[int, frozenset[str]]] = {}
    for cand in out:
        start, end, _kind = cand
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in lines:
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            lines[line_start] = (line_end, _heading_languages(text[line_start:line_end]))
        line_end, langs = lines[line_start]
        if not langs or end > line_end:
            kept.append(cand)
            continue
        kept.extend(_pieces(text, cand, langs, lex))
    return kept


def _pieces(text: str, cand: Candidate, langs: frozenset[str], lex: Lexicon) -> list[Candidate]:
    start, end, kind = cand
    words = list(_WORD.finditer(text, start, end))
    named = [_named(m.group().lower(), langs, lex) for m in words]
    pieces: list[Candidate] = []
    run: list[re.Match[str]] = []
    for m, flag in [*zip(words, named, strict=True), (None, False)]:
        if flag and m is not None:
            run.append(m)
        elif run:
            pieces.append((run[0].start(), run[-1].end(), kind))
            run = []
    return pieces


def _named(low: str, langs: frozenset[str], lex: Lexicon) -> bool:
    """Whether a word of the heading may still be a name."""
    if not _languages(low).isdisjoint(langs):
        return False
    return low in lex.given_names or low in lex.surnames or low in lex.places
