"""A word glossed a few words on ("Nadia in Russian means hope", "— peace in Farsi —") or by
a kinship word in brackets ("his Dede (grandfather)") is a word, and so are its lower-case
and quoted echoes; a name glossed, or doing what a person does, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        'Rahat in Urdu means ease, and she said "rahat, rahat" when the pain went down.',
        "Sulh, he said — peace in Arabic — is what he wants with his brother, a little sulh.",
        'She kept whispering "huzur, huzur" — calm in Turkish — while we breathed.',
        "Nour, the light — she chose that word for the morning walk by the canal.",
        "His Dede (grandfather) teaches him chess, and Dede's flat is where they play.",
    ],
)
def test_glossed_words_and_echoes_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('Her name, Rahat, means ease in Urdu, and "rahat" is on her mug.', "Rahat"),
        ("Sulh — peace in Arabic — said he is tired of fighting.", "Sulh"),
        ("Huzur, calm in Turkish, is the goal. Huzur said he will practise daily.", "Huzur said"),
        ("His uncle (Karim) came to the session and stayed quiet.", "Karim"),
        ("Nour (means light) said the week was a 6.", "Nour"),
    ],
)
def test_people_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = 'Rahat in Urdu means ease, and her son Tariq said "rahat" too.'
    once = redact(text)
    assert redact(once) == once
