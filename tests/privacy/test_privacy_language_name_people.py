"""A CLDR language name that is also a listed given name ("Dakota", "Shona", "Mari") is the
language after "in" only when a word of speech leads to the "in" ("they speak in Dakota",
"he answered in Danish"); "confides in Dakota" or "a friend in Shona" names a person."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She said she confides in Dakota more than anyone.", "Dakota"),
        ("She said she found a real friend in Shona this term.", "Shona"),
    ],
)
def test_a_person_after_in_goes(text: str, value: str) -> None:
    assert_gone(text, value)


def test_a_language_after_a_word_of_speech_stays() -> None:
    out = redact("He answered in Danish when I asked about his week.")
    assert "Danish" in out, out
