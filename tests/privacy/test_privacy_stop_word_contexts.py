"""STOP words that are listed given names are names before an age bracket or as one more
item of a list of found names; the same words as words stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Group today: Candy (14) and her older cousin came in.", "Candy"),
        ("we met sunday (10) and his dad at the clinic", "sunday"),
        ("Check-in: Maria, Sunday and Kwame all came early.", "Sunday"),
        ("Present: Kwame, Esi and Sunday, plus two staff.", "Sunday"),
    ],
)
def test_stop_word_name_aged_or_listed_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


def test_found_word_is_removed_wherever_else_it_stands() -> None:
    assert "Candy" not in redact("Candy (12) came with mum. Later Candy drew a picture.")


@pytest.mark.parametrize(
    "text",
    [
        "We will meet again on Sunday and review the plan.",
        "her nana (80) lives with them now",
        "on Sunday (12) we had the family meeting",
        "She had apple juice and some candy after school.",
    ],
)
def test_the_same_words_as_words_stay(text: str) -> None:
    assert redact(text) == text
