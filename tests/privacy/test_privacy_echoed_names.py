"""A word read as a person's name in one place is that person where it is typed again in lower
case: a word of no vocabulary anywhere, an everyday word only before a person's verb."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tavoria said the bus was late. later tavoria seh she walked", "tavoria"),
        ("Met Kelechukwu today. honestly kelechukwu laughed a lot", "kelechukwu"),
        ("Patience told me she slept. after that patience said she felt calmer", "patience"),
    ],
)
def test_name_typed_again_in_lower_case_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out.lower()
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Patience told me she slept. it takes patience to wait", "patience"),
        ("Blessing said hi. the new job was a blessing for her", "blessing"),
    ],
)
def test_everyday_word_typed_again_stays(text: str, word: str) -> None:
    assert word in redact(text)
