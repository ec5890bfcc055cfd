"""A people's adjective stays before a person or a thing of that people, also when it is a
listed name ("the Danish client", "a Roma family") or a name of several words ("her Costa
Rican uncle"); the same word as a person's name, or a town, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "The Danish client asked to do the session in English this time.",
    "A Roma family from the estate came to the open day.",
    "Her Omani neighbour brought dates when she heard about the surgery.",
    "His Costa Rican uncle calls every Sunday.",
    "The Ivorian community choir is where she feels she belongs.",
    "He pinned the Philippine flag above his bed after the move.",
    "A Mauritian colleague covered her shift without being asked.",
]
FOUND = [
    ("Danish phoned to cancel.", "[name] phoned to cancel."),
    ("I asked Karen how the week went.", "I asked [name] how the week went."),
    ("They moved to Roma in the spring.", "They moved to [place] in the spring."),
]


@pytest.mark.parametrize("text", KEPT)
def test_adjectives_of_peoples_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_names_and_towns_of_the_same_words_go(text: str, expected: str) -> None:
    assert redact(text) == expected
