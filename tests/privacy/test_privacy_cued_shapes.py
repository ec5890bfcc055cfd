"""Numbers that a word beside them identifies: phones after a phone word in any country's
layout, postcodes right after a known town or region, and month/day dates before a colon.
Years, times, scores and measures beside the same words stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

GONE = [
    *group(
        "phone-after-a-phone-word",
        [
            ("His mobile 9123 4567, call after six.", "9123 4567"),
            ("Her phone is (01) 626 4411 if she misses again.", "626 4411"),
            ("You can reach her on 0412 345 678 after school.", "345 678"),
            ("Mum's landline: 021 43 9876 (evenings).", "43 9876"),
            ("his number 087 123 4567, texts only", "123 4567"),
            ("WhatsApp +91 98450 12345 works best for her.", "98450"),
        ],
    ),
    *group(
        "postcode-after-a-town-or-region",
        [
            ("Lives in Tauranga, 3110, with her nan.", "3110"),
            ("Her address ends Rotorua 3010.", "3010"),
            ("The form says Singapore 640123 as the address.", "640123"),
        ],
    ),
    *group(
        "date-before-a-colon",
        [
            ("It happened on 5/6: her daughter's exam.", "5/6"),
        ],
    ),
]

KEPT = group(
    "numbers-that-identify-no-one",
    [
        "She moved to the coast in 2019 and likes it.",
        "Call him at 5pm, not before.",
        "He scored 2024 points in the game, a new record.",
        "Her phone was off for 3 days and she felt calmer.",
        "The 5-4-3-2-1 exercise on her phone helped.",
        "Session at 10:30: we scaled 4/10.",
    ],
)


@pytest.mark.parametrize(("text", "value"), GONE)
def test_identifier_is_removed(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize("text", KEPT)
def test_everyday_text_is_kept(text: str) -> None:
    assert_kept(text)
