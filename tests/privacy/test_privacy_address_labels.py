"""A label asking where someone lives ("Residence:", "Address:", "Hometown:") makes each
capitalised part of its answer a place; states, countries, weekdays and lower-case answers
stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._address_labels import may_hold


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Intake done. Residence: Kothrud, 411038. Lives with her aunt.", "Kothrud"),
        ("Address: Gorakhpur Colony, Jabalpur", "Gorakhpur"),
        ("Hometown: Ballykeel\nSchool: the local primary", "Ballykeel"),
        ("Village: Thondamuthur, near the river.", "Thondamuthur"),
        ("Referral details (home address: Marigold Estate, flat 4).", "Marigold"),
    ],
)
def test_the_answer_to_a_where_label_is_a_place(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Residence: with her mum and two brothers.",
        "Address: Monday to Friday only, by phone.",
        "Hometown: Scotland, though she grew up abroad.",
        "Goal: Sleep. Task: Walk. Result: Better.",
    ],
)
def test_lower_case_answers_states_and_other_labels_stay(text: str) -> None:
    assert redact(text) == text


def test_the_check_asks_for_a_where_label_with_its_colon() -> None:
    assert may_hold("Residence: Kothrud")
    assert not may_hold("her residence is in Kothrud")
