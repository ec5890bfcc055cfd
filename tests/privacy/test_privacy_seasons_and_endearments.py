"""Seasons after "in" and words of endearment spoken to someone are no names or places."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "The group starts again in Spring.",
    "We first met in Winter and she was sleeping badly.",
    "Back in Fall he dropped the course; in Autumn he went back.",
    "Her abuela said Mija, eat first, and she did.",
    "He laughed when his dad said Son, I'm proud of you.",
    '"Sweetheart, you did so well," her nan told her.',
    "Then the mother goes Habibti, breathe! and it worked.",
    "Her aunt texted Beta, call me tonight, and she called.",
    "She told him Darling, we can do this together.",
]
FOUND = [
    ("They moved in Spring, Texas, near her aunt.", "They moved in [place], Texas, near her aunt."),
    ("tita Baby said the kids slept well", "tita [name] said the kids slept well"),
    ("she said Honey was calmer this week", "she said [name] was calmer this week"),
    ("Love came to group alone today.", "[name] came to group alone today."),
]


@pytest.mark.parametrize("text", KEPT)
def test_seasons_and_endearments_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_places_and_names_in_the_same_words_go(text: str, expected: str) -> None:
    assert redact(text) == expected
