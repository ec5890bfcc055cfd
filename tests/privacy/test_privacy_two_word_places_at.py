"""Two lower-case words in no list after "at", "off" or "on" are a place ("at lawson tama",
"off motu ruaki"); one such word, listed phrases and everyday words stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he plays touch at vaitele uta on fridays", "vaitele uta"),
        ("they go fishing off motu ruaki w dad", "motu ruaki"),
        ("she lives on tupa lemoa now", "tupa lemoa"),
        ("we met up at kamata ndogo.", "kamata ndogo"),
    ],
)
def test_two_words_in_no_list_after_at_off_on_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "she sat at the table and cried",
        "he was on insta all night",
        "the kids were at kapa haka practice",
        "she is off work this week",
        "we talked on the phone at lunch",
    ],
)
def test_everyday_words_and_listed_phrases_stay(text: str) -> None:
    assert_kept(text)
