"""Places typed in lower case after a word of direction and "by" or "past" ("out by X", "way
out past X"): removed. The same words before a listed word, an article or a pronoun: kept."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he spends weekends out by chinle with his grandpa", "chinle"),
        ("they rent a trailer way out past kayenta now", "kayenta"),
        ("she grew up down by ballyvourney and misses it", "ballyvourney"),
        ("the camp is up by teslin lake", "teslin"),
        ("his cousins live over by skowhegan.", "skowhegan"),
    ],
)
def test_places_after_out_by_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "she went out by herself for the first time",
        "the kids played down by the river all day",
        "he walked over by the window and sat",
        "we drove out past it twice before we saw the sign",
        "time went by so fast this week",
    ],
)
def test_everyday_words_after_out_by_stay(text: str) -> None:
    assert redact(text) == text
