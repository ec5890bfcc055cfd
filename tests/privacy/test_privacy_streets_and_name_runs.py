"""Streets, house numbers, words inside names and the verbs that say a person acts.

A street named by a plain word is still a street; a number before a word means the word
does not open the sentence; a month or weekday word between two name words belongs to
the name; a capitalised word-name opening a sentence before a verb only people do is a
name. The same words in everyday use stay.
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
    ],
)


@pytest.mark.parametrize(("text", "value"), GONE)
def test_identifier_is_removed(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize("text", KEPT)
def test_everyday_text_is_kept(text: str) -> None:
    assert_kept(text)
