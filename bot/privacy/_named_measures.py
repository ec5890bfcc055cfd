"""Rating scales and questionnaires named after a person or place: "the Columbia screen was
negative", "instead of the Beck inventory", "we repeated the Edinburgh scale", "the
Hamilton score".

Clinical measures carry the name of their author or of the university that made them, and a
practitioner writes the name with the kind of instrument after it. The name rules read the
capitalised word as a person or a town. A word right after an article or a possessive and
right before a lower-case noun that only an instrument is (scale, inventory, questionnaire,
checklist, screen, screener, subscale, index, score) names the instrument, not a client.

Recall first: nouns that also say whose or about whom ("the Patel assessment", "the Garcia
report", "the Nguyen case", "the Smith family") are not among them; the candidate must be
one to three capitalised words with nothing but a space between it and the noun, and the
article or possessive must stand right before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate

_INSTRUMENTS = (
    "scale|scales|inventory|questionnaire|checklist|screen|screener|subscale|index|score|scores"
)
_HINT = re.compile(r"[A-Z][\w'’-]* (?:" + _INSTRUMENTS + r")\b")
_BEFORE = re.compile(r"(?i:\b(?:the|a|an|her|his|their|my|our|your)) $")
_AFTER = re.compile(r" (?:" + _INSTRUMENTS + r")\b")
_MAX_WORDS = 3


def keep_named_measures(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the candidates that name a rating scale or questionnaire."""
    if not _HINT.search(text):
        return found
    return [c for c in found if not _names_instrument(text, c)]


def _names_instrument(text: str, cand: Candidate) -> bool:
    start, end, kind = cand
    if kind not in ("name", "place", "org"):
        return False
    words = text[start:end].split(" ")
    if len(words) > _MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return bool(_AFTER.match(text, end)) and bool(_BEFORE.search(text, 0, start))
