"""A capitalised word counted by a number word is the counted thing ("two Cuadras",
"fifty Soles", "a few thousand Tenge"); a listed name, a word counted by digits (a
street number) or one followed by another capitalised word still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "She walks three Manzanas to the market every morning now.",
        "He saved forty Lempiras this week and bought shoes for his son.",
        "They earn a few thousand Tenge a day, and he is proud of it.",
        "She baked twelve Pastelitos for the group and nobody fought.",
    ],
)
def test_a_counted_noun_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The two Marias came together and talked about school.", "Marias"),
        ("She lives at 14 Rosewood and walks to the bus.", "Rosewood"),
        ("We met with three Kowalczyk Brothers about the move.", "Kowalczyk"),
    ],
)
def test_a_listed_name_a_street_number_or_a_longer_name_still_goes(text: str, value: str) -> None:
    assert_gone(text, value)
