"""SCOWL's capitalised words are everyday words only when they are countries, languages,
peoples, faiths, weekdays or months (tests/data/extract_common_words.py, with the CLDR names
of tests/data/cldr_english_names.txt): towns and islands it lists ("Bangalore", "Apia",
"Tahiti") are no longer everyday words, so typed in lower case they are found as places,
while a country, a language or a people stays in any case. A town spelt like a people
("Cheyenne") is still found by the town list."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("she moved to bangalore last year", "bangalore"),
        ("we moved to apia when i was ten", "apia"),
        ("she grew up in banjul", "banjul"),
        ("he lives near heliopolis now", "heliopolis"),
        ("we went to tahiti for a week", "tahiti"),
        ("She moved to Bangalore last year.", "Bangalore"),
        ("she moved to cheyenne last year", "cheyenne"),
    ],
)
def test_town_typed_in_lower_case_goes(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "she moved to korea last year",
        "they moved to the netherlands",
        "she moved to lebanon last year",
        "my korean friend came over",
        "she speaks malayalam at home",
        "the kazakh family next door",
        "Her parents are Filipinos and Muslims.",
        "his navajo grandmother told stories",
        "her icelandic cousin visits",
        "the kurds in her town",
        "The Quakers meet on Sunday.",
    ],
)
def test_country_language_and_people_stay(text: str) -> None:
    assert redact(text) == text
