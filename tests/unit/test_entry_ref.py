"""Reading an entry named in an option as a member types it: digits, words, or her latest."""

from __future__ import annotations

import pytest

from bot.entry_ref import LATEST, entry_reference


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("12", 12),
        ("#12.", 12),
        ("twelve", 12),
        ("Twelve.", 12),
        ("entry twelve", 12),
        ("#twelve", 12),
        ("No. twelve", 12),
        ("number 12", 12),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("forty", 40),
        ("ninety-nine", 99),
        ("one", 1),
        ("ｔｗｅｌｖｅ", 12),  # full-width
        ("\u200etwelve\u200e", 12),  # invisible marks around it
    ],
)
def test_a_number_in_digits_or_words_names_that_entry(typed: str, named: int) -> None:
    assert entry_reference(typed) == named


@pytest.mark.parametrize(
    "typed", ["last", "latest", "the last one", "my latest", "My latest entry.", "most recent"]
)
def test_her_latest_in_words(typed: str) -> None:
    assert entry_reference(typed) is LATEST


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "@everyone",
        "<@&1> 1",
        "**1**",
        "twentyone",
        "one hundred",
        "last week",
        "the one about Sam",
        "twelve thirteen",
        "x" * 500,
        "9" * 40,
    ],
)
def test_anything_else_names_none(typed: str) -> None:
    assert entry_reference(typed) is None
