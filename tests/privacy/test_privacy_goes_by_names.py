"""The word a person "goes by" is what that person is called; what one travels by, how fast,
or a phrase opened by a function word stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he goes by pepper lol, says it since he was small", "pepper"),
        ("they go by wren now and that went well", "wren"),
        ("she goes by 'Dutch' on the team", "Dutch"),
        ("the kid who goes by blaze came in late", "blaze"),
    ],
)
def test_what_someone_goes_by_is_a_name(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "she goes by train to her dad's on weekends",
        "he goes by the rules at home now",
        "the week goes by so fast",
        "he goes by his middle name at school",
        "he went by the shop and then home",
        "they go by foot because the car broke",
    ],
)
def test_what_is_no_name_after_goes_by_stays(text: str) -> None:
    assert redact(text) == text
