"""A house number before a lower-case street makes it one address, whatever the street is
called ("12 high st", "33 bell st", "14 church road"); without the number a street that every
town has ("down the high street", "main st") stays, as do numbers that count things."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("she lives on 33 bell st now, with her aunt", "bell st"),
        ("moved to 12 main st last year and likes it", "main st"),
        ("they're at 7 high street since the flood", "high street"),
        ("he stays at 14 church road with his nan", "church road"),
        ("the letter went to 4 n main st by mistake", "main st"),
        ("new flat: 2/45 smith rd, top floor", "smith rd"),
        ("she grew up at 118 mill lane", "mill lane"),
    ],
)
def test_a_numbered_lower_case_street_is_removed(text: str, street: str) -> None:
    out = redact(text)
    assert street not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "we walked down the high street every saturday",
        "main st is busy on fridays so she takes the back road",
        "she walked 3 blocks down the main road and did not turn back",
        "i walked down the road 3 times before knocking",
        "scored 5 on the high road test, up from 2",
        "he drove 40 minutes along the old road to get here",
    ],
)
def test_streets_without_a_house_number_and_counted_things_are_kept(text: str) -> None:
    assert redact(text) == text
