"""Exclamations fixed as phrases ("Mamma mia", "Madonna mia", "Dios mío", "Lord have mercy")
hold words that are given names elsewhere ("Mia", "Mercy"): inside the fixed expression they
name no one and stay; the same words as a person's name still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Mamma mia, the week was hard but she scaled it a 6.",
        "Madonna mia, he said the exception was Sunday lunch.",
        "Dios mío, she said, the mornings are calmer now.",
        "Lord have mercy, he found three exceptions on his own.",
    ],
)
def test_exclamation_phrases_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Mia came to the session with her mamma today.", "Mia"),
        ("Mercy said she felt better this week.", "Mercy"),
    ],
)
def test_the_same_words_as_names_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
