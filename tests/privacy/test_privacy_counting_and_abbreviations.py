"""Counting runs ("5-4-3-2-1" grounding) and weekday/month abbreviations are ordinary text,
while numbers in longer groups stay identifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept, group

WEEKDAYS = ["Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
FRAMES = [
    "On {} she felt calmer.",
    "{} was the best day so far.",
    "Since {} things are easier",
    "we met on {}. it went ok",
    "Check-in: {}, then again later",
    "BY {} SHE HAD RUNG THE GP",
]


@st.composite
def counting_runs(draw: st.DrawFn) -> str:
    """Numbers of at most two digits that count up, count down or repeat, 5+ digits long."""
    step = draw(st.sampled_from([1, -1, 0]))
    length = draw(st.integers(min_value=5, max_value=10))
    lo = 1 if step else 0
    start = draw(st.integers(min_value=lo, max_value=20))
    if step == -1:
        start = max(start, length)
    return "-".join(str(start + step * i) for i in range(length))


@given(counting_runs(), st.sampled_from(["We did the {} grounding.", "Tried {} again", "{}!"]))
def test_counting_runs_are_kept(run: str, frame: str) -> None:
    assert_kept(frame.format(run))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("The number on the card is 4-1-2-7-9-3.", "4-1-2-7-9-3"),
        ("Her ref is 12-34-56-78 on the letter.", "12-34-56-78"),
        ("SSN 123-45-6789 was on the form.", "123-45-6789"),
        ("Call 555-0143 after 5.", "555-0143"),
    ],
)
def test_numbers_that_do_not_count_are_still_removed(text: str, secret: str) -> None:
    assert_gone(text, secret)


KEPT = [
    *group(
        "technique-names-made-of-digits",
        [
            "The 5-4-3-2-1 exercise helped in the car.",
            "She counted 10-9-8-7-6-5-4-3-2-1 before answering.",
            "3-3-3-3-3 taps on each side",
        ],
    ),
    *group(
        "weekday-and-month-abbreviations",
        [
            frame.format(word.upper() if frame.isupper() else word)
            for frame in FRAMES
            for word in WEEKDAYS + MONTHS
        ],
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_technique_names_and_weekday_and_month_abbreviations_are_kept(text: str) -> None:
    assert_kept(text)


def test_abbreviations_do_not_shield_the_names_beside_them() -> None:
    out = redact("On Thu Rangi rang his koro.")
    assert "Rangi" not in out
    assert out.startswith("On Thu ")
