"""A part of a town typed in lower case, named by a word before "town", "district", "end",
"hill" ... after a preposition of place, and a lower-case street with "st", "ave" or "rd",
are removed; generic phrases ("a small town", "the other side", "at the end") and streets
of every town ("main st") stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("her cousin lives in mill district now and visits on fridays", "mill district"),
        ("the girl from kanpur town, her aunt says she sleeps better", "kanpur town"),
        ("they moved to the south end w his nan last spring", "south end"),
        ("he plays football at the field in cedar hill, every weekend", "cedar hill"),
        ("she drove out to quarry town for the wedding", "quarry town"),
        ("grandad stays near railway colony since the flood", "railway colony"),
    ],
)
def test_lower_case_part_of_a_town_is_removed(text: str, place: str) -> None:
    assert_replaced(text, place, "place")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("they rent a room on juniper ave by the laundromat", "juniper ave"),
        ("she walks to 14th st after school to meet her friend", "14th st"),
        ("the family lives off e 9th st near the park", "e 9th st"),
        ("new address is 48 dunmore rd, flat upstairs", "48 dunmore rd"),
    ],
)
def test_lower_case_street_is_removed(text: str, street: str) -> None:
    assert_replaced(text, street, "place")


@pytest.mark.parametrize(
    "text",
    [
        # a generic word or a determiner before the head word
        "She grew up in a small town and moved for work.",
        "he said the quiet of small town life helps him",
        "Looking on the bright side, she slept six hours.",
        "We talked about it at the end of the session.",
        "He stayed to the end, which is new for him.",
        "she took the train into the city for her course",
        "They live on the other side of town now.",
        "the kids played in the deep end of the pool",
        "she went back to the village for the holidays",
        "she said it felt good to sit side by side in the car",
        # a compass word with the clause going on
        "his room is on the west side of the house",
        # the street of any town, and a determiner before a street word
        "we met at the cafe on main st after the session",
        "she parked on the rd by the school",
    ],
)
def test_generic_places_and_streets_stay(text: str) -> None:
    assert redact(text) == text
