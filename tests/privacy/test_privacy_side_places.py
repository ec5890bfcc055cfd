"""A word in no list before "side" names a part of town ("hangs out brackton side"), unless
an owner or a listed word typed without its apostrophe says whose side it is."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("he mostly hangs about wexbury side after school", "wexbury"),
        ("she stays over quarndon side with her cousins", "quarndon"),
        ("they both live brackton side now so it's one bus", "brackton"),
    ],
)
def test_unlisted_word_before_side_goes(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert "[place] side" in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she sat on her nanas side of the table",
        "the babys side of the cot was wet",
        "he sleeps on his left side now",
        "we stayed on the other side of the river",
    ],
)
def test_whose_side_stays(text: str) -> None:
    assert redact(text) == text
