"""A birthday over 89 said as an ordinal a person owns ("her abuela's 95th", "Tutu's 100th
birthday") is an age; an ordinal an institution owns, one a noun follows, and "it's"
before an ordinal stay. An age over 89 said of "she" or "he" before "now and still" goes
too."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced, group

REMOVED = [
    *group(
        "owned-ordinal",
        [
            ("We drove up for her bubbe's 97th and he danced with her.", "97th"),
            ("the whole family flew in for Tutu's 100th birthday last spring", "100th"),
            ("after her tía's 92nd, she said she felt part of the family again", "92nd"),
            ("Lupe's ninety-fifth was loud and happy, she told me", "ninety-fifth"),
        ],
    ),
    *group(
        "now-and-still",
        [
            ("Her gran came too; she is 94 now and still walks to church.", "94"),
            ("his grandfather taught him to fish, he's 96 now but still drives", "96"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "value"), REMOVED)
def test_old_age_said_as_owned_ordinal_is_removed(text: str, value: str) -> None:
    assert_replaced(text, value, "age")


KEPT = group(
    "not-an-age",
    [
        "The club's 100th season starts in May.",
        "it was the team's 95th game and they lost again",
        "the church's 100th was a big day for the whole town",
        "It's 95th on the waiting list, so we keep calling.",
        "she is 12 now and still sleeps with the light on",
    ],
)


@pytest.mark.parametrize("text", KEPT)
def test_ordinals_and_numbers_that_are_no_age_stay(text: str) -> None:
    assert_kept(text)
