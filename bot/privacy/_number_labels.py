"""The name of a numbering system written right before its number: "NIE X2345678L",
"RG 12.345.678-9", "CEP 52050-010", "NIK 7371051208990004", "his RUT, 17.842.553-K", "her
TFN (123 456 782)".

The number is removed by the shape rules and stands as a placeholder when the name rules
run ("NIE [id]"); the short capitalised word before it was then read as a rare name or an
organisation. Said right before a number, it says what kind of number that is (a tax, card,
postcode or record number), which identifies no one, and stays.

Recall first: only a candidate that is this one word is dropped; the word is written in
capitals, two to six letters long (a mixed-case one may be a surname: "McKay");
the placeholder of a number (``[id]`` or ``[phone]``) follows with only a space, a colon, a
comma or an opening bracket between, or after a word for a number ("NHIF no. [phone]", "NIDA
number [id]"); a phone number's placeholder only after such a word or a listed numbering
system, as a phone number right after a word in capitals is most often someone's ("JT
[phone]", "DAVID: [phone]"); and no word that leads to a place, an employer or a
person stands right before it ("at", "from", "call", "Dr").
"""

from __future__ import annotations

import re

from ._lexicon import lexicon
from ._word_classes import Candidate

_LABEL = re.compile(r"[A-Z]{2,6}")
# the number's placeholder right after it, or after a word for a number ("NHIF no. [phone]",
# "NIDA number [id]", "MDPH dossier [id]")
_NUMBER_WORD = r"\s(?:number|no\.|nr\.?|num\.?|card|dossier|file|ID|is)"
_BETWEEN = r"(?::\s?|,\s|\s\(|\s#\s?|\s)"
_NUMBER_AFTER = re.compile(rf"(?:{_NUMBER_WORD})?{_BETWEEN}\[id\]")
# a phone number right after a word in capitals is most often someone's to call ("JT
# [phone]", "DAVID: [phone]"): it is labelled only through a word for a number
_PHONE_AFTER = re.compile(rf"{_NUMBER_WORD}{_BETWEEN}\[phone\]")
_ANY_NUMBER_AFTER = re.compile(rf"(?:{_NUMBER_WORD})?{_BETWEEN}\[(?:id|phone)\]")
_LEADS_ELSEWHERE = re.compile(
    r"(?i:\b(?:at|from|in|to|with|for|by|call|called|ring|rang|phone|phoned|contact|"
    r"contacted|dr|mr|mrs|ms|miss)\.?\s+(?:the\s+|a\s+|an\s+)?)$"
)


def may_hold(text: str) -> bool:
    """Cheap check: the placeholder of a number in the text."""
    return "[id]" in text or "[phone]" in text


def without_number_labels(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without one-word candidates that label the number right after them."""
    return [c for c in out if not _labels_number(text, c)]


def _labels_number(text: str, cand: Candidate) -> bool:
    start, end, kind = cand
    if kind not in ("name", "org") or not _LABEL.fullmatch(text, start, end):
        return False
    listed = text[start:end].lower() in lexicon().id_systems  # "TFN [phone]"
    after = _ANY_NUMBER_AFTER if listed else _NUMBER_AFTER
    if after.match(text, end) is None and _PHONE_AFTER.match(text, end) is None:
        return False
    return _LEADS_ELSEWHERE.search(text, max(0, start - 16), start) is None
