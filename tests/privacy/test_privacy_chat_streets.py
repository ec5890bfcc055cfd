"""Streets typed in chat: a house number and a street word spelt out, a block's number and
"block of", and the two streets of a corner are removed; a number that counts something ("a
10 minute drive", "a 3 bed terrace"), a block of flats and the corner of a room stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("she lives at no 7 miller close now, her first place", "miller close"),
        ("he's on the 300 block of maple since the eviction", "maple"),
        ("they live on the corner of king and bathurst above a bakery", "king and"),
        ("they live on the corner of king and bathurst above a bakery", "bathurst"),
        ("his nan lives down the end of station rd", "station rd"),
        ("she's at cnr of queen & james most days", "queen"),
        ("meet at cnr king and bathurst after school", "bathurst"),
    ],
)
def test_chat_street_is_removed(text: str, street: str) -> None:
    out = redact(text)
    assert street not in out
    assert "[place]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "they rent a 3 bed terrace now and the kids share a room",
        "it's a 10 minute drive to school so she walks instead",
        "they live in a block of flats with a lift that never works",
        "she sat in the corner of the room and said nothing for a while",
        "out of the corner of my eye and I saw him smile",
        "Walked to the corner shop and back without stopping, then sat outside a while.",
        "we turned the corner together and things eased",
    ],
)
def test_counted_things_and_corners_of_rooms_stay(text: str) -> None:
    assert redact(text) == text
