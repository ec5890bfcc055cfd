"""A weekday with a score after it is a rating, not a date: a chart of the week ("Monday 2.
Tuesday 4. Wednesday 6"), or a day someone rated ("she rated Saturday 8"); a weekday with the
day of the month after it still loses the day."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "she made the chart herself: Monday 2. Tuesday 4. Wednesday 6 bc volleyball. Thursday 3.",
        "Scaling by day:\nMonday 3\nTuesday 5\nFriday 7",
        "She rated Saturday 8 and the rest of the week a 4.",
        "He scored Tuesday 6, which is the highest since Easter.",
    ],
)
def test_scored_weekdays_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("I saw her on Monday 12. She was calmer after the call.", "12"),
        ("we meet again friday 3 she said, same room", "3"),
        ("Monday 2. Her mum rang to move the session to Friday 20, after school.", "20"),
    ],
)
def test_days_of_the_month_still_go(text: str, day: str) -> None:
    assert "[date]" in redact(text)
    assert f" {day}" not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Monday 2. Tuesday 4. Wednesday 6. Then on Friday 14 she came in smiling."
    once = redact(text)
    assert redact(once) == once
