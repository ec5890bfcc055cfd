"""Honorifics and kinship words written after a found name go into its placeholder ("Verma
sir", "farida baji", "Kamla mausi"); alone, or after a word that is no name, they stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._south_asian_address import with_address_after_names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her tutor Verma saab ne bola ki woh padhti hai.", "saab"),
        ("Yesterday Kamla Devi mausi came with the children.", "mausi"),
        ("Hamid Qureshi sahib drove them to the clinic.", "sahib"),
        ("Then Meena Kumari ji brought tea.", "ji"),
    ],
)
def test_the_word_after_a_name_goes_with_it(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out.split(), out
    assert "[name]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Thank you sir, she said, and left early.",
        "Her mausi takes her to school every day.",
        "The bibi of the house cooked for everyone.",
        "She is a good sahib to all of them.",
    ],
)
def test_the_word_alone_stays(text: str) -> None:
    assert redact(text) == text


def test_only_names_are_widened() -> None:
    text = "Anil ji ke saath, place Pune ji"
    found = [(0, 4, "name"), (22, 26, "place")]
    assert with_address_after_names(text, found) == [(0, 7, "name"), (22, 26, "place")]


def test_a_longer_word_is_not_cut() -> None:
    text = "Anil jiska ghar"
    assert with_address_after_names(text, [(0, 4, "name")]) == [(0, 4, "name")]


def test_english_words_of_address_stay() -> None:
    out = redact("I told Maria uncle Tom would come.")
    assert "uncle" in out.split(), out


def test_sir_goes_after_a_capitalised_surname_only() -> None:
    assert with_address_after_names("Kulkarni sir bola", [(0, 8, "name")]) == [(0, 12, "name")]
    found = [(0, 14, "name")]
    assert with_address_after_names("Anil Kulkarni sir", found) == found
    assert with_address_after_names("anil sir", [(0, 4, "name")]) == [(0, 4, "name")]
