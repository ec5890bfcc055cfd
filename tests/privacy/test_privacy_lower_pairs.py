"""Two lower-case words joined by "and" that open a sentence are a pair of people when a
bracket says how they are related or "both" and a person's verb follow; other pairs stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("favour and treasure (twins, 9) came in with their gran", "treasure"),
        ("favour and treasure (twins, 9) came in with their gran", "favour"),
        ("update: tumelo n lucky both showed up on time", "lucky"),
        ("gift & honour (cousins) fought over the tablet again", "honour"),
    ],
)
def test_pairs_of_people_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "mum and dad both came to the review",
        "anxiety and sleep both improved this week",
        "me and him both cried at the end lol",
        "bread and butter (both cheap) helped the budget",
        "she said patience and kindness both matter",
    ],
)
def test_other_pairs_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    "text",
    [
        "mood and appetite both came back after the dose change",
        "work and school both came up as stressors",
        "joy and anger both came up in the drawing task",
        "shame and grief both turned out to be the core",
    ],
)
def test_pairs_of_everyday_nouns_that_come_up_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tumelo & lucky both cried when the dog was mentioned", "lucky"),
        ("divine & testimony (twins) came with their aunt", "divine"),
        ("divine & testimony (twins) came with their aunt", "testimony"),
    ],
)
def test_an_ampersand_joins_the_pair(text: str, value: str) -> None:
    assert_gone(text, value)
