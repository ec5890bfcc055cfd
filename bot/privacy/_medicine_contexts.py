"""Medicines known by a brand name no list holds, read from what is done with them: "tapered
off Zubsolv", "the GP prescribed Latuda", "the Trintellix was upped", "she has been on
Vraylar since the psychiatrist changed her meds".

Brand names of medicines are coined words in no word list, so the name rules take them for
surnames or towns. Some verbs are done only to a medicine: it is prescribed, tapered or
weaned off, come off, titrated, and it (not a person) is "upped", "doubled", "halved",
"titrated" or "tapered". A single capitalised word right after such a verb, or right before
such a passive, names the medicine. Being "on" something ("has been on", "started on",
"put him on") a street or a team shares, so it counts only when the same clause speaks of
medicines (meds, dose, mg, psychiatrist, prescription, pharmacy, side effects, tablets ...);
"switched to" and "changed to" are left out: schools are switched to as often.

Recall first: only one capitalised word, never a listed given name ("prescribed Maria
sertraline": she is given it), and not when the word after it opens what is prescribed
("prescribed Tafadzwa a lower dose").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._case_blind import folds_as_lower
from ._digits import has_digit
from ._lexicon import lexicon

if TYPE_CHECKING:
    from ._word_classes import Candidate

_HINT = re.compile(
    r"(?i)\b(?:prescri\w*|taper\w*|wean\w*|titrat\w*|came off|coming off|come off|upped"
    r"|doubled|halved|meds?|medications?|medicines?|dose|doses|dosage|\d+\s?mg|psychiatrist"
    r"|pharmacy|pharmacist|tablets?|pills?|side[- ]effects?|antidepressants?|antipsychotics?)\b"
)
# ``_HINT`` as the engine finds it fast in the lower-cased text: each word's first letter
# outside the look-behind that stands for ``\b`` (the look-behind reads the letter before it),
# so that the engine skips in C to where one of those letters stands; the amount in mg, which
# starts with a digit, looked for apart and only where a digit stands
_LOWER_HINT = re.compile(
    r"p(?<!\w.)(?:rescri\w*|sychiatrist|harmacy|harmacist|ills?)\b"
    r"|t(?<!\w.)(?:aper\w*|itrat\w*|ablets?)\b"
    r"|w(?<!\w.)ean\w*\b"
    r"|c(?<!\w.)(?:ame|oming|ome) off\b"
    r"|u(?<!\w.)pped\b"
    r"|d(?<!\w.)(?:oubled|ose|oses|osage)\b"
    r"|h(?<!\w.)alved\b"
    r"|m(?<!\w.)(?:eds?|edications?|edicines?)\b"
    r"|s(?<!\w.)ide[- ]effects?\b"
    r"|a(?<!\w.)nti(?:depressants?|psychotics?)\b"
)
_LOWER_DOSE = re.compile(r"(?<!\w)\d+\s?mg\b")
_ONLY_MEDICINE_BEFORE = re.compile(
    r"(?i:\b(?:prescribed|prescribes|prescribing|(?:tapered|tapering|weaned|weaning|came|coming"
    r"|come|comes)\s+(?:her|him|them|me)?\s*off(?:\s+of)?|titrated|titrating|titrate)) $"
)
_SHARED_BEFORE = re.compile(
    r"(?i:\b(?:started\s+(?:her|him|them)?\s*on|put\s+(?:her|him|them)\s+on"
    r"|(?:is|was|been|be|'s|’s|stays?|stayed|still|now|back)\s+on)) $"
)
_ONLY_MEDICINE_AFTER = re.compile(
    r" (?:was|were|got|had been|has been|is being|was being) "
    r"(?:upped|doubled|halved|titrated|tapered|increased|lowered)\b"
)
_RECIPIENT_AFTER = re.compile(r" (?:a|an|the|some|more|her|his|their|any|another)\b")
_CLAUSE = re.compile(r"[.!?\n,;:]")
_MEDICAL = re.compile(
    r"(?i)\b(?:prescri\w*|meds?|medications?|medicines?|doses?|dosage|\d+\s?mg|mg"
    r"|psychiatrists?|pharmacy|pharmacist|tablets?|pills?|side[- ]effects?|antidepressants?"
    r"|antipsychotics?|gp|doctor|np|script)\b"
)


def keep_medicines_by_use(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the single words that name a medicine by what is done with it."""
    if not _hinted(text):
        return found
    return [c for c in found if not _medicine(text, c)]


def _hinted(text: str) -> bool:
    """Whether ``_HINT`` matches in ``text`` (in the lower-cased text where it reads alike)."""
    if not folds_as_lower(text):
        return _HINT.search(text) is not None
    low = text.lower()
    if _LOWER_HINT.search(low) is not None:
        return True
    return has_digit(text) and _LOWER_DOSE.search(low) is not None


def _medicine(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    word = text[start:end]
    if " " in word or not word[:1].isupper() or word.lower() in lexicon().given_names:
        return False
    before = text[max(0, start - 40) : start]
    if _ONLY_MEDICINE_AFTER.match(text, end):
        return True
    if _RECIPIENT_AFTER.match(text, end):
        return False
    if _ONLY_MEDICINE_BEFORE.search(before):
        return True
    return (
        bool(_SHARED_BEFORE.search(before))
        and _MEDICAL.search(_clause(text, start, end)) is not None
    )


def _clause(text: str, start: int, end: int) -> str:
    """The stretch around ``start:end`` between commas, semicolons, colons and sentence ends."""
    left = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    right = _CLAUSE.search(text, end)
    return text[left : right.start() if right else len(text)]
