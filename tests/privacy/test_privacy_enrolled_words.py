"""A school or body named by one lower-case word in no vocabulary, after a cue of admission,
study or coming home: "got into wexcombe", "came home from masterman". Listed words in the
same slot ("got into trouble", "home from work") stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("she got into wexcombe and cried all night", "wexcombe"),
        ("he got into quorlby!! so proud of him", "quorlby"),
        ("her son came home from masterman smiling today", "masterman"),
        ("he got accepted into brellholm last week", "brellholm"),
        ("she finally got into vuno after two tries", "vuno"),
    ],
)
def test_a_school_named_by_an_unlisted_word_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she got into trouble again at lunch",
        "he came home from work early and slept",
        "she got into painting over the holidays",
        "she got into skool trouble again",
        "he studies at night after his shift",
        "she attends counselling every week now",
    ],
)
def test_listed_words_in_the_slot_stay(text: str) -> None:
    assert redact(text) == text
