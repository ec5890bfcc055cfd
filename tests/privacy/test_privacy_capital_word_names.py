"""Names that are everyday words, capitalised inside a sentence and said of a person:
"Toast noticed that Bank didn't slam the door", "Bank and Toast are brothers".

Everyday words capitalised only at a sentence start, pronouns, and words capitalised once
stay.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import redact


def test_a_repeated_capitalised_word_said_of_a_person_is_removed() -> None:
    text = "Bank and Toast are brothers. Toast noticed that Bank didn't slam the door."
    out = redact(text)
    assert "Toast" not in out
    assert "Bank" not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Golf is his thing. He plays golf every Sunday.",
        "She laughed. Then she said She would come back.",
        "Everyone noticed. We asked if Everyone was fine.",
        "Toast noticed nothing new.",
    ],
)
def test_words_capitalised_for_other_reasons_stay(text: str) -> None:
    assert redact(text) == text


@settings(max_examples=30, deadline=None)
@given(word=st.sampled_from(["Toast", "Pepper", "Button", "Cookie", "Noodle", "Pickle"]))
def test_a_nickname_used_inside_a_sentence_never_survives(word: str) -> None:
    out = redact(f"{word} smiled at me. I asked why {word} felt better and she shrugged.")
    assert word not in out
    assert out == redact(out)
