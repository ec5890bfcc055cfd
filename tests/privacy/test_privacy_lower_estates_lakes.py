"""Estates and lakes typed in lower case: "on the bluebell estate" names an estate even when
its name is an everyday word, unless the word says what kind or whose ("the industrial
estate", "the family estate"); "lake" before a word in no list names a lake ("walked
around lake nokomis"), while "the lake house" or "by the lake" stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("she grew up on the bluebell estate, says everyone knew her mum", "bluebell"),
        ("they got a flat on the gorse hill estate last spring", "gorse hill"),
        ("the one sunny day she walked around lake nokomis and felt lighter", "nokomis"),
        ("he went fishing out on lake wabamun with his uncle all weekend", "wabamun"),
    ],
)
def test_lower_case_estate_or_lake_is_removed(text: str, place: str) -> None:
    assert_replaced(text, place, "place")


@pytest.mark.parametrize(
    "text",
    [
        "he works on the industrial estate near the ring road",
        "she grew up on a council estate and says everyone looked out for each other",
        "they live on the family estate out in the country",
        "we went to the lake house for the weekend and sat by the lake",
        "her late husband's estate is still being sorted out",
    ],
)
def test_kinds_of_estate_and_the_lake_stay(text: str) -> None:
    assert_kept(text)
