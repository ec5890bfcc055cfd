"""A named day after a possessive typed with a small "day" in chat ("Valentine's day was
rough", "Mothers' day lunch") is the holiday, kept whole like "Valentine's Day"; a name
before another noun ("Valentine's dog") stays removed."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("honestly Valentine's day was rough, she stayed in bed", "Valentine's day"),
        ("we moved the session bc of Valentine’s day lol", "Valentine’s day"),
        ("Mothers' day lunch went ok this year", "Mothers' day"),
    ],
)
def test_a_possessive_named_day_in_small_letters_stays(text: str, kept: str) -> None:
    out = redact(text)
    assert kept in out, out
    assert redact(out) == out


def test_a_name_before_another_noun_stays_removed() -> None:
    assert "Valentine" not in redact("Valentine's dog was sick all week")
