"""A hospital named kind word first ("admitted to Hospital Rosales", "in Hospital Bloom") is
taken; "Hospital" at the start of a heading, before a unit, a plural, a letter or a weekday,
or after the hospital's own name, stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She was admitted to Hospital Rosales for three nights.", "Rosales"),
        ("He spent a week in Hospital Lantern after the fall.", "Lantern"),
        ("the interview at the Hospital Escuela went well", "Escuela"),
    ],
)
def test_a_hospital_named_kind_word_first_is_taken(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Hospital Visits: two this month.",
        "He went to Hospital Outpatients on Monday.",
        "She waited at Hospital Reception for an hour.",
        "He was in Hospital on Monday.",
        "She was taken to Hospital A&E.",
        "He was in hospital for a week.",
    ],
)
def test_hospital_in_general_stays(text: str) -> None:
    assert redact(text) == text
