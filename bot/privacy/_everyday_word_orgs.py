"""Hospitals, schools, shelters, hotels and churches named by capitalised everyday words.

"Lady Reading Hospital MR no.", "waka long Pacific Casino Hotel nao": capitalised words in
no list of names before a head word of a place that serves people are caught by the rules
for names, but a name made of everyday words was read as a description. Two to four
capitalised words ending in such a head word are an organisation when at least one word
before the head is an everyday word that says no kind of place (no "High", "Community",
"Children's", "Recovery", no faith, people or language, no trouble a clinic treats), and
no article or owner stands before them ("the Children's Hospital", "our Sunday School",
"Community Centre", "Anglican Church" and "Anger Management Clinic" stay). Words in no
list are left to the rules for names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._vocab import GENERIC_ORG_WORDS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

HEADS = frozenset(
    "hospital school shelter refuge church cathedral chapel mosque temple campus centre center "
    "hotel college university clinic polyclinic academy hospice".split()
)
# words that say what kind of place, whose, or which part, beside the project's list
_KIND_WORDS = (
    frozenset(
        """
        active ageing aging service services de-addiction gender-based violence liaise with
        operational stress injury virtual sub-county care teaching memorial main central
        north south east west northeast northwest southeast southwest upper lower old
        anglican catholic baptist methodist presbyterian pentecostal lutheran orthodox
        evangelical adventist uniting reformed episcopal mormon coptic christian muslim
        islamic jewish hindu sikh buddhist native international american british
        anger management pain sleep memory weight eating disorder disorders trauma grief
        bereavement fertility diabetes cancer eye ear heart kidney skin sexual domestic
        homeless animal travel gender identity anxiety depression mood obesity smoking
        cessation quit assessment treatment outpatient inpatient day-patient rehabilitation
        """.split()
    )
    | GENERIC_ORG_WORDS
    | HEADS
)
_OWNERS = frozenset("the a an this that these those our their his her my your its".split())
_MAX_WORDS = 4
_NAMING_KINDS = frozenset({Kind.ORDINARY, Kind.WORD_NAME})
_LISTLESS_KINDS = frozenset({Kind.UNKNOWN, Kind.NAME})


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a head word is in the text."""
    return not HEADS.isdisjoint(lows)


def everyday_word_orgs(text: str, toks: list[Token]) -> list[Candidate]:
    """ "Lady Reading Hospital", "Pacific Casino Hotel": see the module."""
    out: list[Candidate] = []
    for i, head in enumerate(toks):
        if head.low not in HEADS or not head.capital or head.acronym or i == 0:
            continue
        k = i
        while (
            k > 0
            and i - k + 1 < _MAX_WORDS
            and toks[k - 1].capital
            and not toks[k - 1].acronym
            and text[toks[k - 1].end : toks[k].start].lstrip("'’s") == " "
            and toks[k - 1].low not in _OWNERS
        ):
            k -= 1
        words = toks[k:i]
        if not words or not any(_names(w) for w in words):
            continue
        if any(w.kind in _LISTLESS_KINDS for w in words):
            continue  # words in no list: the rules for names decide
        if k > 0 and toks[k - 1].low in _OWNERS and text[toks[k - 1].end : toks[k].start] == " ":
            continue
        out.append((words[0].start, head.end, "org"))
    return out


def _names(tok: Token) -> bool:
    """An everyday word that says no kind of place."""
    low = tok.low
    if low in _KIND_WORDS or low in tables().languages or low in tables().english:
        return False
    return tok.kind in _NAMING_KINDS
