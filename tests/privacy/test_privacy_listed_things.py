"""A capitalised word in no list, standing alone as an item of a comma list of capitalised
everyday things, is one more thing; in a list of people, or beside only one known thing,
or as a listed name, it still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

THINGS = [
    "Tea, Porridge, Cocoa, Zuppetta: the things that help in the morning.",
    "Spar, Lidl, Pharmacy, Trafika: she did every errand alone this week.",
    "On the card: Coffee, Music, Books and Brezlik.",
]

STILL_REMOVED = [
    ("Present: Mama, Papa, Yomaira and the kids.", "Yomaira"),  # kin words: people
    ("Coffee, Yomaira, Keiry: that is who helps.", "Yomaira"),  # one known thing only
    ("She met Maria, Jorge, Yomaira and Coffee at the park.", "Yomaira"),  # names listed
    ("Coffee, Music, Nowak: she listed them all.", "Nowak"),  # a listed surname
    ("Coffee, Music, Keiry's garden: her good places.", "Keiry"),  # a possessive
]


@pytest.mark.parametrize("text", group("thing", THINGS))
def test_listed_things_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_names_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
