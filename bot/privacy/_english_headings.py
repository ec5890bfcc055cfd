"""English headings and labels in Title Case: "Next Step - Walk With Mum After Tea On Sundays",
"Homework: Thought Record (Evidence For, Evidence Against)", "- Cold Water On Face".

A heading capitalises every word, its small joining words too ("With", "On", "Of"), so its
capitals say nothing about names, and the proper-noun rules read its words as a run of names.
A line whose words are all capitalised, lower-case joining words aside, and that capitalises
a joining word inside a phrase (not only at its start) is such a heading: a candidate there
whose every word is an everyday English word is an ordinary word of the heading. So is a
sentence written that way for emphasis inside a line of ordinary sentences ("She found it
herself. Do Not Rush The Silence."): read alone, it is judged as a line.

Recall first: a word that is also a given name ("Rose", "Will"), a word right after a title or
a relation ("Coach Baker", "Nan Pearl"), any word of no everyday list ("Goal for Maya: ..."),
and any word of a line that holds a lower-case word of content (a sentence, not a heading)
stay as the rules found them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._vocab import RELATIONS, TITLES

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

# English words that join the content words of a heading; a heading capitalises them too
JOINING = frozenset(
    """
    a an and as at by for from in into of on onto or out over the to up with without after
    before about around under per vs via off than till until
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# where a phrase of a heading starts: its line's start, a label's colon, a dash, a bracket, a
# list's comma or full stop, a number of a numbered line
_PHRASE_BREAK = re.compile(r"[:;,.!?()\[\]/|•*–—]|\s-\s|^\s*-|\d")
_MAX_LINE = 240  # characters: a longer line is no heading
_MIN_WORDS = 3
_MIN_ITEMS = 3
_PLACEHOLDER = re.compile(r"\[[a-z]+\]")
_POSSESSIVE = re.compile(r"['’]s?$")
# words that name a person by role right before the name ("Coach Baker", "Nan Pearl")
_ADDRESSED = frozenset(
    "nan nana nanna gran granny grandma grandad grandpa coach teacher miss sir auntie".split()
)
_PERSON_BEFORE = (TITLES | RELATIONS | _ADDRESSED) - JOINING  # "with" joins, names nobody


_CAPITAL_JOINING = re.compile(
    r" (?:" + "|".join(sorted(w.capitalize() for w in JOINING)) + r")(?![^\W\d_'’])"
)


def may_hold(text: str) -> bool:
    """Cheap check: the text capitalises a joining word after a space (" With", " Of,") or
    holds a list."""
    return text.count(",") >= _MIN_ITEMS - 1 or _CAPITAL_JOINING.search(text) is not None


def _is_heading(line: str) -> bool:
    if len(line) > _MAX_LINE:
        return False
    rough = line.split()  # most lines are sentences: told apart before any word is read
    if len(rough) < _MIN_WORDS or sum(1 for w in rough if not w[:1].islower()) * 2 <= len(rough):
        return False
    line = _PLACEHOLDER.sub("Xx", line)  # a name already replaced is a capitalised word
    words = _WORD.findall(line)
    if len(words) < _MIN_WORDS:
        return False
    for word in words:
        if word[0].islower() and word not in JOINING:
            return False  # a lower-case word of content: a sentence
    # a label's list of three or more capitalised items ("Tried: Journaling, Cold Water, ...")
    if line.count(",") >= _MIN_ITEMS - 1 and len(_WORD.findall(line.rpartition(":")[2])) >= 3:
        return True
    # a capitalised joining word that does not open a phrase of the heading
    for phrase in _PHRASE_BREAK.split(line):
        inner = _WORD.findall(phrase)[1:]
        if any(w[0].isupper() and w.lower() in JOINING and not w.isupper() for w in inner):
            return True
    return False


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """Where the heading lines of ``text`` start and end, and the sentences of other lines
    written in Title Case for emphasis ("Today was good. Do Not Rush The Silence.")."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _is_heading(line):
            found.append((start, end))
        elif _SENTENCE_END.search(line):
            found.extend(_title_case_sentences(line, start))
        start = end + 1
    return found


def _title_case_sentences(line: str, offset: int) -> list[tuple[int, int]]:
    """The sentences of ``line`` that read as headings, shifted by ``offset``."""
    found: list[tuple[int, int]] = []
    start = 0
    for m in [*_SENTENCE_END.finditer(line), None]:
        end = m.start() if m else len(line)
        if _is_heading(line[start:end]):
            found.append((offset + start, offset + end))
        start = m.end() if m else end
    return found


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def keep_english_headings(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Candidates without those made only of everyday words of English Title Case headings."""
    headings = _heading_lines(text)
    if not headings:
        return out
    return [
        cand
        for cand in out
        if not (
            any(lo <= cand[0] and cand[1] <= hi for lo, hi in headings)
            and _ordinary_words(text, cand, lex)
        )
    ]


def _ordinary_words(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """Whether every word of the candidate is an everyday word, and none follows a title or
    a relation word ("Coach Baker", "Mrs Baker"; "Walk With Dad After Church" is no name)."""
    start, end, _kind = cand
    words = _WORD.findall(text, start, end)
    if not words:
        return False
    before = _WORD.findall(text[max(0, start - 24) : start])
    if before and before[-1].lower() in _PERSON_BEFORE:
        return False
    lows = [_POSSESSIVE.sub("", word.lower()) for word in words]
    for low, nxt in zip(lows, [*lows[1:], ""], strict=True):
        if low in _PERSON_BEFORE and nxt and nxt not in JOINING:
            return False  # "Mrs Baker", "Nan Pearl": a title's or relation's person
        if low in JOINING or low in _PERSON_BEFORE:
            continue  # "With", or "Dad" in "Bake With Dad After Church"
        if low in lex.word_names:  # "Rose", "Will": a name as often as a word
            return False
        if low not in lex.ordinary and low not in lex.always_ordinary:
            return False
    return True
