"""Ordinals listed before the noun they count are kept; a day of the month is removed."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "the 2nd and 3rd sessions went much better than the first",
        "the 1st, 2nd and 3rd weeks were the hardest for him",
        "the 4th or 5th attempt is usually when it sticks",
        "she missed the 6th & 7th appointments because of the bus",
        "the 2nd to 4th visits were done by phone",
    ],
)
def test_ordinals_counting_a_noun_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "on the 2nd and 3rd she came in early",
        "she rang on the 12th, then again on the 14th",
        "the 2nd and 3rd were the worst days, she said",
    ],
)
def test_days_of_the_month_still_go(text: str) -> None:
    out = redact(text)
    assert "[date]" in out, out
    assert redact(out) == out
