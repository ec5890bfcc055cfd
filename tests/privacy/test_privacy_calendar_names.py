"""Months and weekdays of other languages that are also names, in a time slot.

"desde Abril.", "on Domenica, first time", "Domingo lunch" stay; "Abril said", "since
Abril left", "a message from Abril", "on Domingo's birthday" are a person.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Fue con la familia, primera vez desde Abril.",
        "She is making the sugo again on Domenica, first time since the funeral.",
        "The exception is Domingo lunch, when they cook together.",
        "Every Domingo, they go to the market together.",
    ],
)
def test_months_and_days_stay(text: str) -> None:
    out = redact(text)
    assert out == text
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Abril said she was better this week.", "Abril"),
        ("She cries less since Abril left.", "Abril"),
        ("She had a message from Abril.", "Abril"),
        ("We met on Domingo's birthday.", "Domingo"),
        ("She is better since Abril.", "Abril"),
    ],
)
def test_people_named_like_months_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out  # idempotent
