"""A book of the Bible cited by chapter and verse in a note about scripture stays ("reads
Mark 10:27"); a person with a time, or a book name that is a person elsewhere, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Her pastor gave her Luke 12:25 and she reads it when the worry starts.",
        "Esther 4:14 is the verse she chose for her journal this month.",
        "He keeps Daniel 10:19 and Isaiah 41:10 in his wallet.",
        "She prays with Timothy 1:7 before exams now.",
    ],
)
def test_cited_books_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Luke rang at 12:25 to say he would be late, then read the sheet.", "Luke"),
        ("Esther 10:30am slot moved, she prays it works out.", "Esther"),
        ("Daniel chose Daniel 10:19 as his verse, and Daniel read it aloud.", "Daniel"),
        ("Timothy 4:15 arrived early; his mum came at four.", "Timothy"),
    ],
)
def test_people_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Mark 10:27 is on her mirror, and her son Mark reads it to her."
    once = redact(text)
    assert redact(once) == once
