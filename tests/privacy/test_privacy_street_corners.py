"""A street corner given as a street and a numbered street after a preposition of place is a
place; ordinals that count periods, places in a line or days stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "corner"),
    [
        ("they rent a room off halsted and 9th so it's close", "halsted and 9th"),
        ("shoots hoops by pulaski and 22nd w his cousins", "pulaski and 22nd"),
        ("we met at Lincoln & 14th St. after group", "Lincoln & 14th St"),
        ("the bakery on cortez n 3rd.", "cortez n 3rd"),
    ],
)
def test_street_and_numbered_street_is_a_place(text: str, corner: str) -> None:
    assert_replaced(text, corner, "place")


@pytest.mark.parametrize(
    "text",
    [
        "at school and 2nd period went fine",
        "she was at home and 4th in line for the phone",
        "see you on tuesday and 3rd.",
        "came 1st and 2nd in the races",
        "by march and 5th grade she was reading",
    ],
)
def test_ordinals_that_count_stay(text: str) -> None:
    assert redact(text) == text
