"""Prayers, fasts and feasts of other languages, and games people play together, named by
one capitalised word, stay; a name beside them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "Her goals: Sholat Subuh on time and less phone after Magrib.",
        "Since Lebaran he has gone to the Pengajian every Thursday night.",
        "He did not skip a single Iftari with his cousins this month.",
        "During Shogatsu she wrote a wish and bought an Omamori for her exam.",
        "The old men taught him Tavla and now he wins at Belote too.",
        "She plays Carrom with her brother and Shogi with her grandfather.",
    ],
)
def test_observances_and_games_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("After Subuh, Wayan Sudarsana walked her to the bus.", "Sudarsana"),
        ("She plays Tavla with Mehmet Yıldırım on Sundays.", "Yıldırım"),
    ],
)
def test_names_beside_them_go(text: str, value: str) -> None:
    assert_gone(text, value)
