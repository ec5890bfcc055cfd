"""Ages over 89 said as a person reaching them ("turns 97"), as a calque of "tiene 92 años"
("has 92 years"), in Hindi and Urdu number words ("chauranve saal"), or before how the
person still is ("ninety years, and he still ..."), are removed; counts and durations
("turn 90 degrees", "has 90 years of history", "for ninety years") stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Her grandfather turns 97 next month and wants everyone there.", "97"),
        ("The abuelo has 92 years and still tends the garden.", "92"),
        ("unki ammi chauranve saal ki hain and still prays five times", "chauranve saal"),
        ("nana is ninety-one years, and he still walks to the shop", "ninety-one"),
    ],
)
def test_spoken_old_age_is_removed(text: str, age: str) -> None:
    assert_replaced(text, age, "age")


@pytest.mark.parametrize(
    "text",
    [
        "Turn 90 degrees to the left and breathe out slowly.",
        "The club has 90 years of history and a long waiting list.",
        "The farm was in the family for ninety years before the sale.",
        "She turns the page and starts again.",
    ],
)
def test_counts_and_durations_stay(text: str) -> None:
    assert redact(text) == text
