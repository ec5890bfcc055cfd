"""A famous club is kept where it is followed ("a fan of Galatasaray", "Fenerbahçe matches
with his father") and removed where the client plays or trains in it ("plays in Galatasaray
youth team", "swims for Fenerbahçe", "the juniors of Boca Juniors").
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He plays in Galatasaray youth team and he is the captain.", "Galatasaray"),
        ("She swims for Fenerbahçe since she was eight.", "Fenerbahçe"),
        ("The son plays in the juniors of Boca Juniors on Saturdays.", "Boca"),
        ("He plays volleyball in Esteghlal and the coach trusts him.", "Esteghlal"),
    ],
)
def test_the_club_a_client_plays_in_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "He is a fan of Galatasaray since childhood.",
        "He goes to Fenerbahçe matches with his father on Sundays.",
        "He plays FIFA with Galatasaray every night after homework.",
    ],
)
def test_a_followed_club_stays(text: str) -> None:
    assert redact(text) == text
