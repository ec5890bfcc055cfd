"""Definite articles of Romance languages typed before a name: "el Chele", "la Montse".

Spanish, Portuguese, Catalan, Italian, French and Romanian speakers put a lower-case article
or preposition before a person's or a thing's name ("vino con el Angel", "la Chinita, as
they say", "o Zé said", "la Bunica"). The proper-noun rules take the article into the run
of the capitalised word after it, so the article goes with the name. The article names no
one: the candidate starts at the capitalised word.

Recall is untouched: only a lower-case word of the list below, followed by one space and a
capital, is left out; the name after it is removed as before.
"""

from __future__ import annotations

Candidate = tuple[int, int, str]

ARTICLES = frozenset("el la lo los las il le les gli os as o a".split())


def without_leading_articles(text: str, out: list[Candidate]) -> list[Candidate]:
    """Candidates that start with a lower-case article before a capitalised word, from
    that word on."""
    kept: list[Candidate] = []
    for cand in out:
        start, end, kind = cand
        if not text[start : start + 1].islower():
            kept.append(cand)  # most candidates open with a capital
            continue
        space = text.find(" ", start, end)
        if (
            0 < space - start <= 3
            and text[start:space] in ARTICLES
            and space + 1 < end
            and text[space + 1].isupper()
        ):
            kept.append((space + 1, end, kind))
        else:
            kept.append(cand)
    return kept
