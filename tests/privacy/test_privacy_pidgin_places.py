"""In a text written in West African Pidgin, "for" means "at" or "in" and "go" after a verb of
moving means "to": a lower-case word in no list after them is a place. "for" in English, a
known word after it, or a phrase of two words in no list stay as written."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my sister dey live for obalende since march, e no easy", "obalende"),
        ("the boy don start work for mokola, he happy well well", "mokola"),
        ("abeg, dem don relocate go akwakuma, i go call dem", "akwakuma"),
        ("wetin happen for bepanda? she no gree talk", "bepanda"),
        ("him papa don carry am go mbouda last week", "mbouda"),
        ("she dey sell for km8 market now", "km8"),
    ],
)
def test_pidgin_place_is_removed(text: str, place: str) -> None:
    assert_replaced(text, place, "place")


@pytest.mark.parametrize(
    "text",
    [
        # English "for": no Pidgin word in the text
        "She waited for amoxicillin at the pharmacy and felt calmer.",
        "We went for dinner, and then she went home.",
        # Pidgin, but a known word after "for" or "go"
        "she dey wait for mama for house, e no easy",
        "abeg make you no go church without am",
        "he don go school again today, na better thing",
        # "go" of the future, not of moving
        "i go tell am tomorrow, wetin you think",
    ],
)
def test_known_words_after_pidgin_cues_stay(text: str) -> None:
    assert redact(text) == text
