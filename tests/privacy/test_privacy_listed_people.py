"""A listed given name typed in lower case that goes on a list of names already found
("Wanjiru, Otieno and little neema") is one more person of the list; everyday English words
and function words of other languages after a name and "and" or a comma stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced, group

REMOVED = group(
    "lower-case-name-ending-a-list",
    [
        ("in the room: Wanjiru, Otieno and little neema, all calm for once", "neema"),
        ("Aziz, Leila and yusuf came together and laughed a lot", "yusuf"),
        ("she brought Amani & baraka to the session", "baraka"),
    ],
)


@pytest.mark.parametrize(("text", "value"), REMOVED)
def test_lower_case_name_ending_a_list_of_names_is_removed(text: str, value: str) -> None:
    assert_replaced(text, value, "name")


@pytest.mark.parametrize(
    ("text", "word"),
    group(
        "everyday-word-after-a-name",
        [
            ("Otieno and friends came early to set up the chairs", "friends"),
            ("Baraka and will go to the match on saturday", "will"),
            ("Amani and rice: that was lunch every day", "rice"),
            ("habló con María, pero no quiso volver", "pero"),
        ],
    ),
)
def test_everyday_words_after_a_name_stay(text: str, word: str) -> None:
    out = redact(text)
    assert f" {word}" in out, out
