"""Weekdays and dishes of many languages, capitalised by a practitioner who code-switches,
stay; a name beside them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "Her good days are Sabotsy and Alahady, she told me.",
        "He skips school on Perşembe but not on Cumartesi.",
        "We moved the session from Czwartek to Piątek.",
        "She made Feijoada and they ate it on the porch.",
        "On Sunday he cooked Thieboudienne with his grandmother.",
        "She had Pierogi and Barszcz after the service.",
        "After the prayer he ate Shawarma with his grandfather, no arguments.",
        "She went to the market with her grandmother and bought Tlayudas.",
    ],
)
def test_everyday_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She made Feijoada with Rosângela on Sabotsy.", "Rosângela"),
        ("He ate Shawarma with Tariq Haddad.", "Tariq Haddad"),
        ("Her grandmother Genowefa Kowalczyk came for Pierogi.", "Kowalczyk"),
    ],
)
def test_names_beside_them_go(text: str, value: str) -> None:
    assert_gone(text, value)
