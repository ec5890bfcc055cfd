"""Nicknames of endearment after a capitalised kinship title: "Aunty Bub", "Uncle Sonny",
"Nanny Girlie", "Koro Boy".

In Aboriginal, Torres Strait Islander, Māori and Pacific families an elder is often known by a
title of respect and a pet name that is an everyday word of affection, and the writer
capitalises both: "on with Aunty Bub", "Uncle Bubba drove her". Alone, "bub" or "babe" is
a word of affection and stays; after a capitalised title, itself written as part of a name,
the two name one person, and the title goes into the placeholder with the word. Written in
lower case ("aunty bub") the words are left alone: chat writes "my bub", "ok babe".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# titles of respect for an elder, capitalised as part of a name
TITLES = frozenset("aunty auntie uncle nanny nana nanna nan koro kui kuia whaea matua tutu".split())
# words of affection that serve as pet names
_PET_NAMES = frozenset(
    "bub bubba babe baby bubby sonny girlie girly sis bro cuz boy boyo sista brudda".split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a title of respect and a pet name both stand among the words."""
    return not TITLES.isdisjoint(lows) and not _PET_NAMES.isdisjoint(lows)


def kin_nicknames(text: str, toks: list[Token]) -> list[Candidate]:
    """Spans of a capitalised title and the capitalised pet name right after it."""
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        title, pet = toks[i], toks[i + 1]
        if title.low not in TITLES or pet.low not in _PET_NAMES:
            continue
        if not (title.capital and pet.capital) or title.possessive:
            continue
        if text[title.end : pet.start] != " " or title.word.isupper():
            continue
        if i + 2 < len(toks) and toks[i + 2].capital and text[pet.end : toks[i + 2].start] == " ":
            continue  # "Aunty Bub Smith", "Uncle Boy Cafe": a longer name, judged elsewhere
        out.append((title.start, pet.end, "name"))
    return out
