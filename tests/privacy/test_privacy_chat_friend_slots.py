"""A given name that is also an everyday word, between "friend" as chat spells it ("fren",
"frend", "frnd") after an owner and a person's verb, is that friend's name ("her fren lucky
came by"); everyday words that are no given name, and verbs, in the same place stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("her fren lucky came by the shop after school", "lucky"),
        ("his frend prince took him to the match", "prince"),
        ("my frnd precious gave me a lift home", "precious"),
        ("her fren major finally called her back", "major"),
    ],
)
def test_a_word_name_after_a_chat_spelt_friend_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "her fren group came round on friday",
        "my frnd said it was fine",
        "his frend will come later",
        "her fren circle has been kind",
    ],
)
def test_everyday_words_after_a_chat_spelt_friend_stay(text: str) -> None:
    assert redact(text) == text
