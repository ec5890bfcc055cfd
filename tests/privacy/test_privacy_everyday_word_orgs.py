"""A hospital, school, shelter, hotel or church named by capitalised everyday words ("Lady
Reading Hospital", "Pacific Casino Hotel") is an organisation; words that only say what
kind of place ("Community Centre", "Sunday School", "Anglican Church") or a place after an
article or owner ("the Children's Hospital") stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Copper Bell Hospital discharged him on the Friday after the fall.", "Copper Bell"),
        ("He waits tables at Silver Fern Hotel three nights a week.", "Silver Fern Hotel"),
        ("He has a place at Harvest Moon Academy from next term.", "Harvest Moon Academy"),
        ("She sleeps at Blue Door Shelter on weeknights now.", "Blue Door Shelter"),
    ],
)
def test_everyday_word_org_is_removed(text: str, org: str) -> None:
    assert_replaced(text, org, "org")


@pytest.mark.parametrize(
    "text",
    [
        "She works nights at the Children's Hospital and sleeps in the day.",
        "He goes to Sunday School with his cousins now.",
        "She goes to Community Centre lunches on Fridays.",
        "They met at Anglican Church youth group.",
        "He started at High School in the autumn and likes it.",
        "We talked about the Family Service Centre and what it offers.",
        "Our Youth Centre reopened after the summer.",
        "Anger Management Clinic was where he first felt heard.",
        "She asked about the Sleep Clinic and the waiting list.",
    ],
)
def test_kinds_of_places_stay(text: str) -> None:
    assert redact(text) == text
