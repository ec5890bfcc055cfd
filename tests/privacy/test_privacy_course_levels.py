"""A course level before a subject, often shortened ("AP Bio"), names a course; a person
after the level, or a teacher named beside it, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "AP Psych and AP Stats are her favourites; AP Gov is the one that drags.",
        "He dropped IB Econ and kept IB Geog.",
        "GCSE Stats went better than she feared.",
    ],
)
def test_courses_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AP Wilson said she needed more support.", "Wilson"),
        ("Her IB Chem teacher, Mr Bakare, was very kind.", "Bakare"),
        ("He sat AP Psych with Ms Okonkwo and did fine.", "Okonkwo"),
    ],
)
def test_people_still_go(text: str, name: str) -> None:
    assert name not in redact(text)
