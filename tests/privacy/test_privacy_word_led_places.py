"""A place that serves people named by an ordinary word before kind words ("Miracle Centre
Tabernacle", "Mon Baptist Church") is an organisation; a run whose other words are not
all kind words ("Native American Church") or that only names a kind stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("On Fridays she sings at Mon Baptist Church with her aunt.", "Mon Baptist"),
        ("The boy boards at Miracle Girls High School during term.", "Miracle"),
        ("Her mother prays at Miracle Centre Tabernacle every night.", "Miracle"),
    ],
)
def test_word_led_place_is_removed(text: str, org: str) -> None:
    assert_replaced(text, org, "org")


@pytest.mark.parametrize(
    "text",
    [
        "Some of them go to Native American Church meetings on the weekend.",
        "He went back to Sunday School with his cousins.",
        "She likes the Catholic Girls High School choir on the radio.",
    ],
)
def test_kind_only_place_stays(text: str) -> None:
    assert redact(text) == text
