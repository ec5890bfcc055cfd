"""A county, borough or township typed in lower case after a word of place is a place, as a
town or district is ("moved to cook county", "from alexandra township"); a county named by
what kind or which one stays ("the next county over", "a rural county", "another borough")."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("they moved to cook county last year and she hated it", "cook county"),
        ("she grew up in harris county", "harris county"),
        ("lives out in bucks county w her nan", "bucks county"),
        ("his mum is from alexandra township", "alexandra township"),
    ],
)
def test_a_lower_case_county_or_township_is_a_place(text: str, place: str) -> None:
    out = redact(text)
    assert place not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "they moved to the county last year",
        "she drove to the next county over for the job",
        "from a rural county, she said the bus was everything",
        "he lives in another borough now",
        "grew up in a small township and misses it",
    ],
)
def test_a_county_named_by_kind_or_which_stays(text: str) -> None:
    assert redact(text) == text
