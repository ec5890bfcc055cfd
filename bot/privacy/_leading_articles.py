"""Definite articles of Romance languages typed before a name: "el Chele", "la Montse".

Spanish, Portuguese, Catalan, Italian, French and Romanian speakers put a lower-case article
or preposition before a person's or a thing's name ("vino con el Angel", "la Chinita, as
they say", "o Zé said", "la Bunica"). The proper-noun rules take the article into the run
of the capitalised word after it, so the article goes with the name. The article names no
one: the candidate starts at the capitalised word.

Recall is untouched: only lower-case words of the lists below, each followed by one space,
before a capital, are left out; the name after them is removed as before.
"""

from __future__ import annotations

import re

from ._lexicon import lexicon

Candidate = tuple[int, int, str]

_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")
_LOOK_BACK = 40

ARTICLES = frozenset("el la lo los las il le les gli os as o a".split())
# prepositions of two letters that open the same runs after a word of their language
# ("hijo de Pedro", "casa de la Yomaira", "fue al Mercado", "casa da Zé"); after an
# English word they are the surname's own ("spoke with de la Cruz"); longer ones ("del",
# "van", "von") are left out, as they begin surnames ("del Río", "van Dijk") and a
# surname's word of three letters is its own: only shorter words before the capital are
# no one's
_PREPOSITIONS = frozenset("de da di du do al".split())
_LEADING = ARTICLES | _PREPOSITIONS


def without_leading_articles(text: str, out: list[Candidate]) -> list[Candidate]:
    """Candidates that start with a lower-case article before a capitalised word, from
    that word on."""
    kept: list[Candidate] = []
    for cand in out:
        start, end, kind = cand
        if not text[start : start + 1].islower():
            kept.append(cand)  # most candidates open with a capital
            continue
        kept.append((_after_leading_words(text, start, end), end, kind))
    return kept


def _after_leading_words(text: str, start: int, end: int) -> int:
    """Where the candidate ``start:end`` begins once its leading articles and short
    prepositions are left out: at the capital after them ("de la Yomaira" from
    "Yomaira"); ``start`` when no capital follows them, or when a preposition among them
    follows an English word ("spoke with de la Cruz": the surname's own particles)."""
    pos = start
    preposition = False
    while pos < end and text[pos : pos + 1].islower():
        space = text.find(" ", pos, end)
        if not (0 < space - pos <= 3 and text[pos:space] in _LEADING and space + 1 < end):
            return start
        preposition = preposition or text[pos:space] in _PREPOSITIONS
        pos = space + 1
    if pos >= end or not text[pos].isupper():
        return start
    return start if preposition and not _after_foreign_word(text, start) else pos


def _after_foreign_word(text: str, start: int) -> bool:
    """A lower-case word in no list of English words stands one space before ``start``
    ("hijo de", "fue al", "casa da"): the preposition is of that language's clause."""
    m = _WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if m is None:
        return False
    word = m.group(1)
    return word.islower() and word not in lexicon().ordinary
