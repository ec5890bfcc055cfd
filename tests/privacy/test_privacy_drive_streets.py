"""A street ending in "Dr" (Drive) after a word of place is a place ("they live off
Memorial Dr"), while "Dr" before a name stays a doctor's title read by the name rules."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("they live off Memorial Dr in town and she walks to the shops", "Memorial Dr"),
        ("she lives on Martin Luther King Dr with her three kids", "Martin Luther King Dr"),
    ],
)
def test_drive_street_is_removed(text: str, street: str) -> None:
    assert_replaced(text, street, "place")


def test_doctor_before_a_name_stays_a_title() -> None:
    out = redact("on Friday Dr Patel saw her and said she is doing well")
    assert out == "on Friday Dr [name] saw her and said she is doing well"
