"""A day and month written with a dot or a dash is a date after the words a solution-focused
note asks about the day with ("exception was 9.12", "good day 28.5"), and stays a measure
when a unit or a count follows."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("exception was 9.12, a trip to the coast with her sister", "9.12"),
        ("Exception: 3.4 - no shouting at dinner", "3.4"),
        ("good day 28.5 at her aunt's place", "28.5"),
        ("the best day was 14-2, she said", "14-2"),
        ("exceptions were 6.11. and 8.11.", "6.11."),
    ],
)
def test_days_a_note_asks_about_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out


@pytest.mark.parametrize(
    "text",
    [
        "good day 7.5 hours of sleep for once",
        "exception was 7.5 out of 10 on the scale",
        "exceptions 2-3 times a week now",
    ],
)
def test_measures_after_those_words_stay(text: str) -> None:
    assert redact(text) == text
