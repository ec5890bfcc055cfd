"""The capitalised word after a nickname quoted inside a full name is the surname; words after
a quote that follows no name, and function words, stay."""

from __future__ import annotations

import pytest

from bot.privacy._quoted_nickname_surnames import may_hold, quoted_nickname_surnames
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Her cousin Andrea "Dree" Valdivieso picked her up after group.', "Valdivieso"),
        ("the referral names Tomasz “Tomek” Wierzba as the contact", "Wierzba"),
        ('Intake: Rosalind "Roz" Pennywhistle, 41.', "Pennywhistle"),
    ],
)
def test_surname_after_quoted_nickname_goes(text: str, value: str) -> None:
    assert_gone(text, value)


def test_needs_a_name_before_and_inside() -> None:
    text = 'she wrote "Calm" Monday and "Tired" Tuesday'
    assert quoted_nickname_surnames(text, []) == []


def test_function_word_after_the_quote_stays() -> None:
    text = 'Ana "Nina" The end'
    found = [(0, 3, "name"), (5, 9, "name")]
    assert quoted_nickname_surnames(text, found) == []


def test_surname_span() -> None:
    text = 'Ana "Nina" Kowalczyk came'
    found = [(0, 3, "name"), (5, 9, "name")]
    assert [text[s:e] for s, e, _ in quoted_nickname_surnames(text, found)] == ["Kowalczyk"]


def test_cheap_test() -> None:
    assert may_hold('Ana "Nina" Kowalczyk')
    assert not may_hold("Ana Kowalczyk")
