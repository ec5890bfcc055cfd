"""Weekday names of Hindi-Urdu, Punjabi, Marathi, Gujarati and Bengali in Latin letters stay;
a spelling that is also a listed given name ("Ravi", "Guru") is no weekday and goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._lexicon import lexicon
from bot.privacy._south_asian_weekdays import keep_weekdays


@pytest.mark.parametrize(
    "text",
    [
        'He said "Jumeraat ko kuch nahi hua" and that was the exception.',
        "She goes to the temple every Somvar with her mother.",
        "On Shonibar the whole family eats together.",
    ],
)
def test_weekdays_stay(text: str) -> None:
    assert redact(text) == text


def test_listed_names_spelt_like_a_stem_stay_names() -> None:
    lex = lexicon()
    text = "Ravi came on Mangalvar te Shanivar"
    cands = [(0, 4, "name"), (13, 34, "name")]
    assert keep_weekdays(text, cands, lex) == [(0, 4, "name")]
    assert "Ravi" not in redact("Ravi came with his mother on Tuesday.")
