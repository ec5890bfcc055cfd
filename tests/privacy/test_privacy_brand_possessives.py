"""A shop whose own name ends in "'s" is a brand; after a title or a name it is someone's,
and as somebody's workplace it says where she works."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "After the session they went to McDonald's and he ordered for himself.",
        "Her Sainsbury's meal deal was the first lunch she ate at her desk.",
        "Domino's on Fridays is the family's treat now.",
    ],
)
def test_brands_ending_in_s_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mrs McDonald's son came to the second session.", "McDonald"),
        ("Fiona McDonald's daughter drove her home.", "Fiona"),
    ],
)
def test_the_same_name_after_a_title_or_a_name_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She got the job at Sainsbury's and likes the early shifts.", "Sainsbury"),
        ("He works at McDonald's on weekends now.", "McDonald"),
        ("a cashier at Sainsbury's since the spring", "Sainsbury"),
    ],
)
def test_the_brand_as_her_workplace_goes(text: str, value: str) -> None:
    assert_gone(text, value)
