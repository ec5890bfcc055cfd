"""Feasts, dishes and drinks of other languages written with a capital inside an English
sentence stay ("the Julebord at her work", "Kleftiko on Sunday", "the Feria de Abril"); a
name or a town beside them, and a chain someone works at, still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "She dreaded the Julebord at her work but stayed until the speeches ended.",
    "He brought Kleftiko to his aunt's on Sunday and nobody argued.",
    "During Rosenmontag she stayed home with the kids and felt fine about it.",
    "The family walked to the Umuganda clean-up together and he carried the tools.",
    "She rated the week 7 because of Golden Week, when the office was empty.",
    "They went to the Feria de Abril and she danced for the first time in years.",
    "Her mother made Sheer Khurma and the house smelled like her childhood.",
    "He ate Rich Tea biscuits with his tea and watched the rain.",
    "On Thiruvonam the cousins came and she cooked without panicking.",
]
FOUND = [
    ("Her neighbour Zuzana Dvořáková brought Kleftiko.", "Her neighbour [name] brought Kleftiko."),
    (
        "They moved to Dolní Bousov after Rosenmontag.",
        "They moved to [place] after Rosenmontag.",
    ),
    (
        "Tomasz said the Julebord was fine, then Tomasz left early.",
        "[name] said the Julebord was fine, then [name] left early.",
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_feasts_and_dishes_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_names_and_towns_beside_them_go(text: str, expected: str) -> None:
    assert redact(text) == expected
