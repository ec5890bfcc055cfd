"""A capitalised word opening a sentence, with someone's relation apposed to it ("Sunny, his
youngest, drew", "Goodness her twin stayed"), is a name even when it is also an everyday word;
words of the grammar, verb forms and relations themselves in the same place stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Blessing came. Sunny, his youngest, drew the family at dinner.", "Sunny"),
        ("Goodness her twin stayed in the car this time.", "Goodness"),
        ("Honey, their eldest, said the house is calmer now.", "Honey"),
        ("Ofa her cousin drove her to group on Tuesday.", "Ofa"),
    ],
)
def test_word_with_an_apposed_relation_goes(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "If his mum rings, tell her the session moved.",
        "Calling her sister helped most of all.",
        "Mum, her sister, came to the last session too.",
        "Sunday, his birthday, was quiet this year.",
        "Patience with her son was the goal this week.",
    ],
)
def test_words_of_the_grammar_and_relations_stay(text: str) -> None:
    assert redact(text) == text
