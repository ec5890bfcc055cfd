"""A listed town of two or three words whose first word is a language, nationality or month
("Spanish Fork", "American Fork", "Hawaiian Gardens") goes whole after a word of place."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._lexicon import lexicon
from bot.privacy._listed_town_phrases import may_hold


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her cousin drove up from Spanish Fork for the weekend.", "Spanish"),
        ("They moved to American Fork after the divorce.", "American"),
        ("His nan still lives in Hawaiian Gardens.", "Hawaiian"),
        ("Wedding was inna Spanish Town, she danced all night.", "Spanish"),
    ],
)
def test_a_listed_town_of_several_words_goes_whole(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert "[place]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "She is learning Spanish at night school.",
        "He speaks American English at home and Spanish with his gran.",
        "In Spanish class she finally spoke up.",
    ],
)
def test_languages_and_nationalities_outside_a_listed_town_stay(text: str) -> None:
    assert redact(text) == text


def test_the_check_asks_for_the_first_word_of_a_listed_town() -> None:
    assert may_hold(["in", "spanish", "fork"], lexicon())
    assert not may_hold(["she", "slept", "well"], lexicon())
