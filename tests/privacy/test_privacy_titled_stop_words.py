"""A word the lists hold as never an identifier is a name right after a title of address
typed alike ("Aunty Fono", "Mrs Candy"); people words, weekdays, months and a lower-case
everyday word after a title stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("His Aunty Candy picked him up after school.", "Candy"),
        ("Aunty Fono brought the kids to group on time.", "Fono"),
        ("We phoned Mrs Candy about the school report.", "Candy"),
        ("Uncle Fono drove them home after church.", "Fono"),
        ("our aunty nila rang to check on him", "nila"),
    ],
)
def test_stop_word_after_a_title_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "He visited Aunty Sunday and felt calmer afterwards.",
        "She will see Uncle April and go to the beach.",
        "then aunty kimchi and rice for everyone",
        "uncle netflix again lol",
        "Aunty Mama came too, she is the eldest sister.",
        "nana said she was tired after the long drive",
        "We will meet again on Sunday and review the plan.",
        "She had apple juice and some candy after school.",
        "Her uncle's Netflix account got hacked again.",
    ],
)
def test_people_words_days_and_things_after_a_title_stay(text: str) -> None:
    assert redact(text) == text
