"""A lower-case word after "the" in the text of a writer who opens every sentence with a
capital is a noun ("he went to the diwaniya"); in chat typed small, before the head of a
place of service, or in a text typed in capitals, it may be a place and still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "This year he went to the diwaniya with his uncles. He said it felt like home.",
        "He helps his grandfather in the shamba before school, and his marks went up.",
        "The old men sit at the baraza in the evening, and her father joined them this week.",
    ],
)
def test_loanwords_of_capitalising_writers_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("went to the westfield with mum n it was ok", "westfield"),
        ("His case file sits at the voivodeship office in the centre.", "voivodeship"),
        ("THE BEST DAY WAS THE FIELD TRIP TO THE SHEDD WITH HER KIDS.", "SHEDD"),
    ],
)
def test_places_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
