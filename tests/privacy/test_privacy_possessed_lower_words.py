"""A lower-case word right after "my", "his", "your" or "their" (or "her" and an
adjective) is what is owned, not a name; names after a relation word, before a relation
word of another language, or after "her" as the object of a verb still go."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "what would your lolo say is better?",
        "his little pikin slept in his arms",
        "she finished her usual kopi before the meeting and felt steady",
    ],
)
def test_what_follows_a_possessive_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her brother kwesi walked her to the bus", "kwesi"),
        ("his harjit veerji took him fishing", "harjit"),
        ("her name is ama but we all call her amoks", "amoks"),
        ("he needs his own centrelink login now", "centrelink"),
        ("she kept her old unhcr card safe", "unhcr"),
    ],
)
def test_a_name_or_agency_near_a_possessive_goes(text: str, value: str) -> None:
    assert_gone(text, value)
