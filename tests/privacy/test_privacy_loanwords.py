"""An everyday word of another language heading a noun phrase after "the" or a possessive
("the Biblioteca is his place") stays; a name in the same slot, a word before a noun and a
word in a person's slot still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "The beach is too loud for him, but the Biblioteca is his place.",
    "He thought about the Futebol on Sunday and stayed calm.",
    "She said the Sundlaug with her Amma was the calmest hour of the week.",
]
FOUND = [
    (
        "I know him from the Bevo mosque socially.",
        "I know him from the [name] mosque socially.",
    ),
    (
        "I watched where Chanté stood up and told the others about it.",
        "I watched where [name] stood up and told the others about it.",
    ),
    (
        "She went with her friend Rosa to the beach.",
        "She went with her friend [name] to the beach.",
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_words_of_other_languages_after_the_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_names_in_other_slots_go(text: str, expected: str) -> None:
    assert redact(text) == expected
