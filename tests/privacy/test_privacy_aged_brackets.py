"""A lower-case word in no list right before a bracket giving an age is a person's name; counts of
things, relatives, everyday words and area codes before a bracket stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("exception: jishnu (7 yrs) slept in his own bed", "jishnu"),
        ("ok so wairimu (the 14yo) laughed for once", "wairimu"),
        ("sparkle: tevaki (12) drew a map of the island", "tevaki"),
        ("anjumol (16, the eldest) did all her homework", "anjumol"),
        ("and qiviuq (9 years old) read to his sister", "qiviuq"),
    ],
)
def test_unknown_word_before_an_age_bracket_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "exception: toast (2 slices) every morning",
        "the kolam (the big one) was on the whole street",
        "her amma (62) came along too",
        "we did the scaling (8) and she smiled",
        "pills (15) were tried before",
    ],
)
def test_things_and_relatives_before_a_bracket_stay(text: str) -> None:
    assert redact(text) == text


def test_word_before_an_area_code_stays() -> None:
    out = redact("favor ligar no telefone (11) 98765-4321 amanhã")
    assert "telefone (11)" in out
    assert "98765" not in out
