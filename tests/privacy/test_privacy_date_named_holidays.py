"""A holiday called by its date and written as a name ("the Fourth of July reunion",
"Cinco de Mayo") stays; a person's own date written as a date still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "The problem was absent during the Fourth of July family reunion at her Mamaw's.",
        "Fourth of July was a big trigger last year (fireworks), but this year he went fishing.",
        "Cinco de Mayo at the park with the kids was the exception she picked.",
        "Fifth of November fireworks used to set him off; he watched from the window.",
    ],
)
def test_holidays_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "She has been sober since the fourth of July, which she counts as her new birthday.",
        "Her court date is 4 July and she is dreading it.",
        "He moved out on the Fourth of July 2023 and has not called since.",
    ],
)
def test_dates_still_go(text: str) -> None:
    assert "[date]" in redact(text)
    assert "July" not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Fourth of July with her cousins, then on July 9th the first full night's sleep."
    once = redact(text)
    assert redact(once) == once
