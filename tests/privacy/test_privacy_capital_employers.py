"""Capitalised everyday words named as where someone works are a workplace; a kind of
workplace or public body, and text in title case, stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he works at the Lantern now and likes the owner", "Lantern"),
        ("she got a job at the Cupboard, mornings only", "Cupboard"),
        ("he volunteers at the Beacon on thursdays", "Beacon"),
        ("her shifts at the Silver Kettle went fine this week", "Silver Kettle"),
        ("a cleaner at the Compass said she was calmer", "Compass"),
    ],
)
def test_everyday_word_workplaces_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "he works at the Hospital on the surgical ward",
        "she volunteers at the Food Bank on saturdays",
        "he works for the Government and travels a lot",
        "she got a job at the Post Office in spring",
        "She Works At The Lantern Now",
        "she works at the weekend so we meet on monday",
    ],
)
def test_kinds_of_workplace_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("his teacher at Redeemer says he reads aloud now", "Redeemer"),
        ("her coach at the Kingfishers saw her smile", "Kingfishers"),
        ("the headmaster at Harvest Hill rang the mum", "Harvest Hill"),
    ],
)
def test_schools_and_clubs_after_a_role_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "his teacher at School said he was calmer",
        "her teacher at Sunday School noticed it first",
        "her coach at the Club told her to rest",
    ],
)
def test_kinds_of_school_after_a_role_stay(text: str) -> None:
    assert_kept(text)


def test_a_one_word_body_joined_goes() -> None:
    assert_gone("she joined the Beacon in march and goes weekly", "Beacon")


def test_a_longer_group_joined_stays() -> None:
    assert_kept("she joined the Walking Group and enjoys it")
