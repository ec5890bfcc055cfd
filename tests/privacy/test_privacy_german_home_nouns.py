"""Everyday German nouns of a home, food, moods, leisure and a town's kinds of place, kept
capitalised in English notes ("no Fernseher before bed", "a Streit about homework", "at the
Spielplatz"), stay as written; the same word after a title or in a person's slot still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "They agreed on no Fernseher before bed and it held all week.",
        "He brought Schokolade for his sister after the session.",
        "They met at the Spielplatz after lunch and he played calmly.",
        "The Geburtstag party went better than last year.",
        "A short Spaziergang after dinner helped her sleep.",
    ],
)
def test_german_home_nouns_in_english_notes_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Frau Schokolade rang the office on Monday.", "Schokolade"),  # a title
        ("We asked Spaziergang about the plan.", "Spaziergang"),  # asked: a person
    ],
)
def test_the_same_words_in_a_persons_slot_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
