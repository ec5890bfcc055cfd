"""Capitalised words right after a verb of eating or drinking are a food or drink, and
before a word for a spiritual practice the practice.

"drinks Milo", "drank Mate", "ate Beshbarmak" stay; "ate with Maria", "ate Sarah's cake"
and a name followed by the meal made for them are still removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "She drinks Milo and watches Netflix on the good nights.",
        "They went out to the patio and drank Mate until the panic passed.",
        "Instead of skipping meals he ate Beshbarmak with the family.",
    ],
)
def test_food_and_drink_stay(text: str) -> None:
    out = redact(text)
    assert out == text
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("They ate with Maria after group.", "Maria"),
        ("She ate Sarah's cake at the party.", "Sarah"),
        ("He ate Tomasz breakfast leftovers, then apologised.", "Tomasz"),
    ],
)
def test_people_beside_meals_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "She liked the chanting. Uses Metta practice before bed.",
        "He keeps up the Vipassana meditation every morning.",
    ],
)
def test_practices_stay(text: str) -> None:
    out = redact(text)
    assert out == text
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She works at Patel practice now.", "Patel"),
        ("Maria's practice is in town.", "Maria"),
        ("When Nyanga talk say he is tired, I listen.", "Nyanga"),
    ],
)
def test_names_before_practice_words_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out  # idempotent
