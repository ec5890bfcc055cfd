"""A word of address spoken alone inside quoted speech, set off by commas or opening the
quote ('"Makasih, Bu"', '"Pak, sudah"', '"thank you, Ma'am"'), addresses someone and stays;
before a name, or in a list of names outside quotes, the name still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('At the door he said "makasih banyak, Bu" and smiled.', "Bu"),
        ('"Pak, saya sudah tidur nyenyak," she told me proudly.', "Pak"),
        ('He said "thank you, Ma\'am" for the first time.', "Ma'am"),
    ],
)
def test_a_word_of_address_spoken_alone_stays(text: str, word: str) -> None:
    out = redact(text)
    assert word in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('She said "makasih, Bu Wulan" at the door.', "Wulan"),
        ("In the group were Kim, Pak, and Lee from the night shift.", "Pak"),
    ],
)
def test_names_beside_or_listed_still_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('The kid said "thanks, Ana" and left.', "Ana"),
        ('He whispered "sorry, Ben." and cried.', "Ben"),
        ('"Anna, look at me," her dad said.', "Anna"),
        ('She said "gracias, Ana" at the door.', "Ana"),
    ],
)
def test_a_word_of_address_that_is_a_given_name_goes_outside_malay_or_filipino(
    text: str, value: str
) -> None:
    assert_gone(text, value)
