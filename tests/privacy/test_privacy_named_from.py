"""A listed given name typed in lower case right before "from", anywhere in the sentence ("and
ikenna from the choir cheered", "mum, dad, yusuf from work, and", "the boy mateus from
the estate came"), is removed; roles, dishes and things before "from" after an article, an
owner or a preposition stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he read his poem and ikenna from the choir cheered for him", "ikenna"),
        ("who noticed: mum, dad, yusuf from work, and his coach", "yusuf"),
        ("the quiet boy mateus from the estate came on time", "mateus"),
        ("she sat with aroha from netball at lunch", "aroha"),
    ],
)
def test_listed_names_before_from_are_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she brought a samosa from the corner shop",
        "the people from church dropped food off",
        "he took the bus from town and walked the rest",
        "my friend from school came with me",
        "a letter from the council arrived on monday",
    ],
)
def test_things_and_roles_before_from_stay(text: str) -> None:
    assert redact(text) == text
