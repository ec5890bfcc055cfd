"""A listed town typed in lower case right after the comma that ends a place goes too; a
country, a state or an everyday word there stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("the family moved from tondo, manila in march", "manila"),
        ("they live in kibera, nairobi now", "nairobi"),
        ("he grew up in mirpur, dhaka before the move", "dhaka"),
        ("dia tinggal di rungkut, surabaya sama neneknya", "surabaya"),
        ("she lives in Tondo, manila now", "manila"),
        ("vive en tepito, guadalajara con su abuela", "guadalajara"),
    ],
)
def test_a_lower_case_town_after_a_found_place_goes(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the family moved from tondo, philippines in march", "philippines"),
        ("they live in kibera, kenya now", "kenya"),
        ("he grew up in mirpur, reading a lot", "reading"),
        ("they live in kibera, near the school", "near the school"),
    ],
)
def test_a_country_or_an_everyday_word_after_it_stays(text: str, kept: str) -> None:
    assert kept in redact(text)
