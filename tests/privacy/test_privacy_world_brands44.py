"""Shops, delivery, payment and streaming apps of many countries are things when used;
a workplace among them, or a name beside them, still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "She ordered from Trendyol and paid with Revolut, no panic.",
        "He bought bread at Biedronka and milk at Żabka.",
        "They paid by bKash and then ate at Jollibee.",
        "She sold her old jacket on Depop and felt proud.",
        "We looked at Strava together; he ran three times.",
    ],
)
def test_brands_used_as_things_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She works at Biedronka on the night shift.", "Biedronka"),
        ("He paid with Revolut and met Krzysztof Wiśniewski after.", "Wiśniewski"),
    ],
)
def test_workplace_or_name_beside_them_goes(text: str, value: str) -> None:
    assert_gone(text, value)
