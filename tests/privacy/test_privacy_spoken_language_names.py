"""A language spoken stays, also when it is a given name or a variety no list of languages
names ("they speak Danish at home", "said something in Karen", "between Sheng and
Kiswahili"); the same word as a person's name, or a town lived in, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "At home they speak Danish, and the kids answer in English.",
    "Her grandfather spoke Karen to her when she was small.",
    "The aunt said something in Shona and everyone laughed.",
    "He wrote it in Frans first, then translated it for me.",
    "She switches between Sheng and Kiswahili when she is excited.",
    "He answered in Portuñol and then laughed at himself.",
    "The kids speak Nederlands at school and Tarifit with their grandmother.",
]
FOUND = [
    ("Danish came to group late again.", "[name] came to group late again."),
    ("I asked Karen about the weekend.", "I asked [name] about the weekend."),
    ("She lives in Engels now.", "She lives in [place] now."),
]


@pytest.mark.parametrize("text", KEPT)
def test_spoken_languages_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_people_and_towns_of_the_same_words_go(text: str, expected: str) -> None:
    assert redact(text) == expected
