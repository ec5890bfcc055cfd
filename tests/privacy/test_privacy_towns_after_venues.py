"""A lower-case town after a venue, a home or a named place and "in": the word in no list, or
the listed town ending its clause, goes; words of time and everyday words stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she was happiest at the beach in sandhaven with her cousins", "sandhaven"),
        ("he sleeps better at his nan's in tamarillo", "tamarillo"),
        ("the clinic in wombaroo is closer for mum", "wombaroo"),
        ("they had dinner at her uncle's in auburn w the twins", "auburn"),
        ("she got a job at the bakery in kelburnvale now", "kelburnvale"),
    ],
)
def test_towns_after_a_venue_and_in_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "we went to her aunt's in june for a week",
        "the shop in town was shut again",
        "they played at the park in spring",
        "she stayed at her nan's in bed all day",
        "we met at the gym in lockdown",
        "he was at home in tears after school",
    ],
)
def test_time_and_everyday_words_after_a_venue_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    "text",
    [
        "she finally found her place at the church in hope",
        "he felt at home in faith group",
        "she found her place in hope, she said",
    ],
)
def test_virtues_that_are_towns_stay(text: str) -> None:
    assert_kept(text)
