"""Weekdays, family words, dishes, feasts and everyday words of many languages, capitalised
by a practitioner who code-switches, stay; a name beside them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "Her good days are Sabotsy and Alahady, she told me.",
        "He skips school on Perşembe but not on Cumartesi.",
        "We moved the session from Czwartek to Piątek.",
        "She made Feijoada with her Vovó and they ate it on the porch.",
        "On Sunday he cooked Thieboudienne with his Yaay.",
        "She had Pierogi and Barszcz with her Babcia after the service.",
        "After Jumu'ah he ate Shawarma with his Jiddo, no arguments.",
        "For Vardavar the children threw water, then Gata with her Tatik.",
        "She went to the Tianguis with her Abuelita and bought Tlayudas.",
        "He lit a candle at Famadihana and sat with his Dadabe.",
    ],
)
def test_everyday_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She made Feijoada with Rosângela on Sabotsy.", "Rosângela"),
        ("After Jumu'ah he ate Shawarma with Tariq Haddad.", "Tariq Haddad"),
        ("Her Babcia Genowefa Kowalczyk came for Pierogi.", "Kowalczyk"),
    ],
)
def test_names_beside_them_go(text: str, value: str) -> None:
    assert_gone(text, value)
