"""Everyday foods and drinks named in another language and capitalised inside an English
sentence stay; a name beside them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "At the market they argued over the price of Patates and Soğan, laughing.",
        "She now drinks Voda instead of energy drinks before training.",
        "He made Çorba for his sister and they ate it on the balcony.",
        "On Fridays she buys Pesce and Pomodoro for the family dinner.",
        "After school she eats Pomodoro with Formaggio and does her homework.",
    ],
)
def test_foods_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She bought Kruh for Nevenka Horvatinčić on Sunday.", "Horvatinčić"),
        ("He shared his Patates with Emre Yıldırım at school.", "Yıldırım"),
    ],
)
def test_names_beside_them_go(text: str, value: str) -> None:
    assert_gone(text, value)
