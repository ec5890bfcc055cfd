"""A lower-case subject opening a message, an aside in brackets, then its verb and a person
referred back: the aside does not hide the subject from the rule for opening subjects. A
bracket that only translates, and everyday words, stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tavake (goes by his english name) said his aunty drove him in", "tavake"),
        ("ok so rangimarie (the quiet one lol) told me her nan is proud", "rangimarie"),
        ("wikitoria (year 10, from the east side) says she sleeps better now", "wikitoria"),
        ("bhavesh (his mum calls him bhavu) finished his first week at the depot", "bhavesh"),
        ("update: sokhom (cambodian spelling) said he walked to the bus stop alone", "sokhom"),
    ],
)
def test_subject_before_an_aside_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "ghar (home) was quiet all week, she said",
        "roti (bread) made her day lol",
        "tita (aunt) said she would come",
        "school (the new one) said she can come back monday",
        "work (night shift again) was rough for her",
        "mum (finally) said she would come along",
    ],
)
def test_glosses_relatives_and_everyday_words_stay(text: str) -> None:
    assert redact(text) == text


def test_aside_before_a_verb_of_things_changes_nothing() -> None:
    text = "ngutu (near the station) closes early now, she said"
    assert redact(text) == text
