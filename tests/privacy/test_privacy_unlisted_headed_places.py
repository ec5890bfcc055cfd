"""A word in no list before a lower-case noun of a market, junction, estate, beach or quarter
names that place, with no preposition before it; everyday words and the noun itself stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her mum sells yams okrumbo market every saturday", "okrumbo"),
        ("he waits for the tro tro tessuma junction lol", "tessuma"),
        ("they moved, now a flat in the block near velvora estate", "velvora"),
        ("we go wandumi beach on sundays w the cousins", "wandumi"),
        ("his uncle's shop is ramprasta nagar side", "ramprasta"),
    ],
)
def test_a_word_in_no_list_before_a_place_noun_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "she sold cabbage at the night market with her mum",
        "went to the fish market early",
        "the stock market made him anxious",
        "they live on a private estate now",
        "the bus junction was busy",
        "we had a picnic at the beach",
        "he fixes phones at the flea market",
    ],
)
def test_everyday_words_before_a_place_noun_stay(text: str) -> None:
    assert_kept(text)


def test_the_place_noun_stays_beside_the_placeholder() -> None:
    out = redact("grandma sells okra okrumbo market now")
    assert "okrumbo" not in out
    assert "market" in out


def test_a_dropped_g_verb_before_the_noun_stays() -> None:
    assert_kept("we were walkin market to market all day")
