"""A part of a town named by a word and a head ("kelso town", "fenwick city") after "by" or
"outta" too, and with the clause going on after "without", "instead", "n" or "lol"."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("her granddad keeps cattle by fenwick city and never calls", "fenwick city"),
        ("since she moved outta kelso town on the weekend she sleeps", "kelso town"),
        ("he prayed at the mosque in garrow town without leaving early", "garrow town"),
        ("they shop in brenlow city instead of the mall now", "brenlow city"),
    ],
)
def test_a_part_of_a_town_after_by_or_outta_is_taken(text: str, place: str) -> None:
    out = redact(text)
    assert place not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "the kids stood by the town hall and watched",
        "written by the city council last year",
        "she grew up in a small town without much to do",
        "he moved outta the city instead of staying",
        "they live by the old town n like it",
    ],
)
def test_whose_or_which_town_after_by_stays(text: str) -> None:
    assert redact(text) == text
