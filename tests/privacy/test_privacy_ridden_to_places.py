"""Lower-case places after "to" where someone rode, drove or took someone."""

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("he took the tram to vrbovec alone and sat there", "vrbovec"),
        ("she drives her nan to kalkara every week", "kalkara"),
        ("we rode the bikes to ostrava, then home", "ostrava"),
        ("they flew to tamanrasset last spring", "tamanrasset"),
    ],
)
def test_place_after_riding_to_is_removed(text: str, place: str) -> None:
    out = redact(text)
    assert place not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "she went to kovil in the evening",  # no verb of riding: "went to" is left alone
        "he took the kids to swimming lessons",  # a listed word
        "they drove to the beach",
        "she took him to vape outside the shop",  # the clause goes on: a verb
        "he rode to ride the waves",
    ],
)
def test_other_words_after_to_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("she has been cycling to matagami with her cousin", "matagami"),
        ("they hiked to ghorepani and back in two days", "ghorepani"),
        ("he commutes to tembisa every morning now", "tembisa"),
    ],
)
def test_place_after_cycling_or_hiking_to_is_removed(text: str, place: str) -> None:
    out = redact(text)
    assert place not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "she goes jogging to clear her head",
        "he likes cycling to music with headphones",
    ],
)
def test_cycling_to_an_everyday_word_stays(text: str) -> None:
    assert redact(text) == text
