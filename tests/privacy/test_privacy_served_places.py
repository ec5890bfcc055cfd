"""A place that serves people, named with everyday words before its head word ("Polytechnic
High School", "Waikato Hospital"), is removed; a kind of place named in general ("the
Women's Shelter", "Sunday School", "Community Mental Health Centre") stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He is at Polytechnic High School and his cousin keeps pulling him in.", "Polytechnic"),
        ("She works night shift at Waikato Hospital in the laundry.", "Waikato"),
        ("The panic came at the Canada Games Centre pool, and she stayed in.", "Canada Games"),
        ("All three days he went to class at TCC Northeast Campus.", "Northeast"),
        ("She moved out of New Day Women's Shelter into a flat of her own.", "New Day"),
    ],
)
def test_place_named_with_everyday_words_goes(text: str, words: str) -> None:
    assert words not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "She is at the Women's Shelter this month and feels safer.",
        "He goes to Sunday School with his cousins.",
        "She was referred to the Community Mental Health Centre in the spring.",
        "They met at the Catholic Church hall after the service.",
        "He started at the High School this year and likes the teachers.",
        "Her son goes to the Day Centre twice a week.",
        "Sports Day was the best day of the school year for him.",
    ],
)
def test_kinds_of_places_stay(text: str) -> None:
    assert redact(text) == text
