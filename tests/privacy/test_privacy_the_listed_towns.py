"""A listed town of capitalised everyday words after a preposition of place and "the" is a
neighbourhood ("in the Sunset"); nouns of a kind of place and writers' capitals stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her grandmother still lives in the Sunset.", "Sunset"),
        ("He joined a drum circle in the North End with his cousin", "North End"),
        ("The family moved from the Hamptons last spring.", "Hamptons"),
    ],
)
def test_listed_neighbourhoods_after_the_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "She grew up in the Valley and hated the heat.",
        "He went to the Temple on Friday with his father.",
        "We used the Miracle Question in the Session today.",
        "They walked to the Center after lunch.",
        "We walked to the Old City and she felt calm.",
        "We sat near the Harbour after the session.",
        "Her dad flew in to the Airport on Sunday.",
    ],
)
def test_kinds_of_place_and_writers_capitals_stay(text: str) -> None:
    assert_kept(text)
