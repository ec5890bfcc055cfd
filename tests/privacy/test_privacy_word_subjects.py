"""A capitalised word the sentence calls a word ("Hope is a word he uses") names nobody and
stays; a person doing something, or the same word used as a name elsewhere, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Faith matters to him, and Hope is a word he uses often these days.",
        "Patience, Blessing and Precious are all words she uses about her faith.",
        "She talked about the garden, and Serenity was her new word for those mornings.",
        "In the last ten minutes Courage was the term she kept coming back to.",
    ],
)
def test_words_called_words_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He said Hope was the first to use the word in group.", "Hope"),  # a person
        ("Mercy was the word I wrote down. Mercy forgave her sister on Sunday.", "Mercy"),
        ("Her daughter Joy is a word person, she does crosswords with her dad.", "Joy"),
    ],
)
def test_people_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Hope is a strong word for her, and her brother Tendai said it first."
    once = redact(text)
    assert redact(once) == once
