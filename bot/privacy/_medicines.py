"""Medicines named by their international nonproprietary name.

Generic drug names are built from the stems the WHO INN programme assigns to drug classes:
"-azosin" (prazosin), "-zepam" (diazepam), "-oxetine" (fluoxetine), "-apine" (quetiapine),
"-olol" (propranolol), "-statin", "-sartan", "-prazole", "-cillin", "-mycin" and so on. A
capitalised word ending in such a stem ("on Sertraline and Prazosin", "Quetiapin bei
Bedarf" with the German spelling) names a medicine, which identifies nobody, so it is kept.
The stems are long or specific enough that no listed given name, surname or town ends in
one; the shortest ones need a longer word ("Ramipril", never "April"), and "-vir" its
vowel ("Tenofovir", never "Karanvir").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate

_STEM = re.compile(
    r"(?i)[a-z]{2,}(?:azosin|zepam|zolam|oxetine?|(?:za|tia|na)pine?|(?:per|ras)idone|azodone|promazine|thazine|perazine|olol|sartan|statin"
    r"|prazole|tidine?|dipine?|gliptin|gliflozin|floxacin|cycline|cillin|mycin|triptan|setron"
    r"|profen|lukast|tinib|azepine?|triptyline?|pramine?|amfetamine?|barbital|semide"
    r"|thiazide|parin|dronate)"
    r"|[a-z]{4,}(?:pril|afil|[aio]vir|mab)"
)


def medicine(word: str) -> bool:
    """Whether ``word`` is a generic medicine name by its INN stem."""
    return _STEM.fullmatch(word) is not None


def without_medicines(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates that are one medicine name."""
    return [c for c in out if not medicine(text[c[0] : c[1]])]
