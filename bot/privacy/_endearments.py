"""Words of endearment spoken to someone: "She said Mijo, eat first", '"Baby, you did good"'.

Several of these words are also given names somewhere ("Baby", "Honey", "Nena", "Love"), and
capitalised at the start of quoted speech they look like one. Spoken as a vocative (right after a
verb of saying or an opening quote, and followed by a comma or an exclamation mark) they address
someone with affection and name nobody. After a title or a kinship word ("tita Baby,") the
word is a name and is left to the other rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate

ENDEARMENTS = frozenset(
    """
    baby babe bae honey hon hun sweetie sweetheart sweetpea darling darlin dear dearie love lovey
    sugar pumpkin buddy bud champ kiddo mate bro brah bruh sis cuz boo bubba bub pet hinny duckie
    mijo mija mijito mijita amor cariño carino corazón corazon nene nena chiquito chiquita
    papi mami gordo gorda flaco flaca habibi habibti habibty hayati hayatie beta beti jaan jaanu
    janu sayang mahal anak nak iha iho chérie cherie chéri cheri schatz schatzi liebling tesoro
    amore querida querido filho filha neném nenem mo chroí stór
    """.split()
)
_SAYING = re.compile(
    r"(?:\b(?:said|says|say|saying|goes|went|told\s+(?:me|him|her|them|us)|wrote|texted|"
    r"asked|replied|answered|whispered|shouted|yelled|called)\s*[:,]?\s*[\"“']?|[\"“]\s*)$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\s*[,!]")
_REACH = 40


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a word of endearment stands among the words."""
    return not ENDEARMENTS.isdisjoint(lows)


def without_vocatives(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the words of endearment spoken to someone."""
    return [c for c in found if not _vocative(text, c)]


def _vocative(text: str, candidate: Candidate) -> bool:
    start, end, _ = candidate
    if text[start:end].lower() not in ENDEARMENTS or not _AFTER.match(text, end):
        return False
    return _SAYING.search(text[max(0, start - _REACH) : start]) is not None
