"""Seasons and the sky opening a sentence in a state only weather or a time of year is in.

"Winter is brutal", "Autumn has always been hard for her", "Summer is coming and", "Sky was
clear" stay; "Summer was hard to reach", "Summer is coming to group", "Autumn was upset"
are a person.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Winter is brutal for this client. Minus 38 on Tuesday.",
        "Autumn has always been hard for her, but this one is different.",
        "Summer is coming and so are more suns, hopefully.",
        "Sky was clear, she sat on the balcony at midnight.",
    ],
)
def test_seasons_stay(text: str) -> None:
    out = redact(text)
    assert out == text
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Summer was hard to reach this week.", "Summer"),
        ("Summer is coming to group on Monday.", "Summer"),
        ("Autumn was upset today.", "Autumn"),
        ("Winter said she was tired.", "Winter"),
    ],
)
def test_people_named_like_seasons_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out  # idempotent
