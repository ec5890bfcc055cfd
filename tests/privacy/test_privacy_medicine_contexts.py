"""A medicine's brand name in no list is kept when what is done with it shows it is a
medicine ("tapered off Zubsolv", "the Trintellix was upped"); a person given a medicine, or a
school or street in the same place, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "He tapered off Zubsolv over the summer and feels clearer.",
        "Since the Trintellix was upped she sleeps through the night.",
        "She has been on Latuda since the psychiatrist changed her meds.",
        "The nurse practitioner prescribed Vraylar and the voices are quieter.",
    ],
)
def test_medicines_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The GP prescribed Tafadzwa a lower dose last week.", "Tafadzwa"),  # given it
        ("School is better since she switched to Carencro, and her meds are stable.", "Carencro"),
        ("She is on Kettering now, and her meds are stable.", "Kettering"),  # no medicine here
        ("Kwabena was upped to the senior team on Tuesday.", "Kwabena"),  # no medicine talk
    ],
)
def test_people_and_places_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Her son Ekow noticed that since the Latuda was doubled she laughs more."
    once = redact(text)
    assert redact(once) == once
