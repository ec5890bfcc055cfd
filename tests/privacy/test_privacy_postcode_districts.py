"""The first half of a postcode named alone as a part of town, after a word of place or
between "the" and "area" or "postcode", is a place: "moved to LS9", "in the cf24
postcode", "in D8" (Dublin), "in T2N" (Canada). Numbers and codes that are no district
("from 3 to 5", "an n95 mask", "the A1 group", "in P6") stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("they moved to LS9 last month and the kids like the new school", "LS9"),
        ("she's in the cf24 postcode now, a short walk from her mum", "cf24"),
        ("he lives in the E17 area with his cousin and works nights", "E17"),
        ("they're in D8 now, near the canal, and she walks there daily", "D8"),
        ("they live in T2N now, near the university, and he cycles in", "T2N"),
    ],
)
def test_postcode_district_is_removed(text: str, code: str) -> None:
    assert_replaced(text, code, "place")


@pytest.mark.parametrize(
    "text",
    [
        "he went from 3 to 5 in 2 weeks and stayed there",
        "she wears an n95 mask on the bus and feels safer",
        "she's in the A1 group at college and in P6 at school",
    ],
)
def test_other_codes_stay(text: str) -> None:
    assert_kept(text)
