"""Identifiers that the words beside them give away, and their everyday look-alikes.

A street named by a plain word is still a street; a number before a word means the word
does not open the sentence; a month or weekday word between two name words belongs to
the name; a capitalised word-name opening a sentence before a verb only people do is a
name; digits after a phone word are a phone in any country's layout; a number right after
a known town or region is its postcode; a month/day date may stand before a colon. Years,
times, scores, measures and the same words in everyday use stay.
"""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

GONE = [
    *group(
        "street-named-by-a-plain-word",
        [
            ("He lives on Church Street and works nights.", "Church"),
            ("Her flat is on Market Road, above the bakery.", "Market"),
            ("They moved to 14 Mill Lane in the spring.", "Mill"),
            ("Meet me on Station Road after group.", "Station"),
        ],
    ),
    *group(
        "organisation-named-by-its-last-word",
        [
            ("She was referred by the Aboriginal Medical Service last month.", "Aboriginal"),
            ("He volunteers with the Riverbend Community Trust on Fridays.", "Riverbend"),
            ("The Kinsale Youth Council asked her to speak.", "Kinsale"),
        ],
    ),
    *group(
        "word-after-a-house-number",
        [
            ("Address: 12 Kirkgate, Otley.", "Kirkgate"),
            ("New address - 7 Tregarth, near the school.", "Tregarth"),
        ],
    ),
    *group(
        "month-or-weekday-inside-a-name",
        [
            ("Her son Ethan Tan Jun Hao came with her.", "Jun"),
            ("We met Ali Jan Khan at the mosque.", "Jan"),
        ],
    ),
    *group(
        "word-name-before-a-person-verb",
        [
            ("Mercy forgave her sister on the phone.", "Mercy"),
            ("Sunny hugged her mum at the door.", "Sunny"),
            ("Rocky apologised to his coach.", "Rocky"),
        ],
    ),
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
        "holiday-in-a-given-year",
        [
            ("New Year's Eve 2025, she said, was the turning point.", "2025"),
            ("Diwali 2024 was the first she spent sober.", "2024"),
            ("On Boxing Day 2022 he left home.", "2022"),
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
    "everyday-uses",
    [
        "Step 2: Breathe slowly and count to four.",
        "Plan: 2 Walks a day and one phone call.",
        "She uses Duolingo on Sunday mornings.",
        "The Health Visitor came on Monday.",
        "Hope faded a little after the review, she said.",
        "1. Breathing helps when the panic starts.",
        "She moved to the coast in 2019 and likes it.",
        "Call him at 5pm, not before.",
        "Boxing Day was the best day of her week.",
        "In 2024 she moved to a smaller flat.",
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
