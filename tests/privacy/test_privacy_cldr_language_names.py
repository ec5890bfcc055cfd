"""CLDR's English names of languages after "in", in a sentence about speaking: the language
("replied in Hmong", "wrote in Haitian Creole", "prayed in Yup'ik"), a variety named before
it ("sang in Kupang Malay"), or a name that is also a given name ("answered in Danish").
A town after "in", a sentence about whereabouts, or a person's slot keeps them removed."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Her father replied in Hmong and the interpreter laughed.", ["Hmong"]),
        ("The aunt wrote in Haitian Creole on the worksheet.", ["Haitian", "Creole"]),
        ("Grandma prayed in Yup'ik before we started.", ["Yup'ik"]),
        ("They sang in Kupang Malay, and she joined in.", ["Kupang", "Malay"]),
        ("He answered in Danish when I asked about school.", ["Danish"]),
        ("Mum talked in Sranan Tongo with the younger ones.", ["Sranan", "Tongo"]),
    ],
)
def test_a_language_said_in_stays(text: str, words: list[str]) -> None:
    out = redact(text)
    for word in words:
        assert word in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She said she grew up in Hmong country near the border.", "Hmong"),
        ("He said in Naga it was easier to breathe.", "Naga"),
        ("She answered the phone in Haitian Creole Bakery every morning.", "Bakery"),
        ("I asked in Kupang Malay's house, not the office.", "Kupang"),
    ],
)
def test_a_place_or_name_after_in_still_goes(text: str, value: str) -> None:
    assert_gone(text, value)
