"""A lower-case word in no list, named as where someone works, is an employer; a kind of
place after an article, and everyday words, stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she works at zentrix so she cant do mondays", "zentrix"),
        ("he quit brightwave last month and feels lighter", "brightwave"),
        ("got a part-time job at kaimuki fresh, loves it", "kaimuki"),
        ("her shifts at tavanui changed again this week", "tavanui"),
        ("a cashier at okonjo mart said hi to her", "okonjo"),
    ],
)
def test_unlisted_workplaces_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "they are both working at the pupusería of his uncle now",
        "she works at the kopitiam near her flat, mornings only",
        "she joined the salubong at Easter and felt part of it",
        "he works at home now and takes a walk at lunch",
        "she works at night, so we meet in the afternoon",
    ],
)
def test_kinds_of_place_and_everyday_words_stay(text: str) -> None:
    assert_kept(text)
