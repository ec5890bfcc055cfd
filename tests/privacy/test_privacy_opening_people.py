"""A capitalised word opening a sentence before "and I" or ", who", or set off by commas after
someone's eldest or youngest, is a person; kinship words and words inside a sentence joined to
"and I" stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harmony and I walked to the bus stop after group.", "Harmony"),
        ("Kauri and me sat on the steps for a while.", "Kauri"),
        ("Memory, who is 14, came on her own this time.", "Memory"),
        ("His youngest, Lovely, drew the whole family.", "Lovely"),
    ],
)
def test_person_word_goes(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "The family opened with a prayer and I waited for it to end.",
        "Tia, who raised her, came to the last session.",
        "Mum and I talked about the plan.",
        "Sunday, who knows, might be better.",
    ],
)
def test_kin_and_clauses_stay(text: str) -> None:
    assert redact(text) == text
