"""A score right after its scale's name (or going on from one) and a sum of money stay,
though they have the shapes of dates and phone numbers; dates beside a scale named
elsewhere, dates of one month in a row, and phones still go."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "GAD-7 was 12/21 at intake, her lowest yet.",
        "PHQ 19/27 at the start: she noticed the change herself.",
        "Her PHQ-9 score: 9/27, down from the autumn.",
        "He scored 12/21 and laughed at how much calmer that felt.",
        "PHQ 19/27 then 11/27: she noticed the change herself.",
        "GAD-7 was 12/21 at intake and 6/21 this week, her lowest yet.",
        "The course cost 1.200.000 pesos and she paid it off herself.",
        "He still owes 250 000 naira but talks about it calmly now.",
        "She saved €1.250 for the trip and planned it all herself.",
    ],
)
def test_scores_and_sums_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PHQ-9 repeated on 12/3, lower than at intake.", "12/3"),
        ("Session log: 3/11 missed, 10/11 attended late.", "10/11"),
        ("Her PHQ-9 dropped; the next review is due 9/27.", "9/27"),
        ("Saw her 3/14 and the PHQ was lower.", "3/14"),
        ("GAD-7 done at the 3/14 session, calmer.", "3/14"),
        ("GAD-7 12/21 on 3/21, the day before her exam.", "3/21"),
        ("From 2/9 to 9/9 she logged no purging at all.", "9/9"),
        ("Call her on 0803 123 4567 about the 5,000 naira.", "0803 123 4567"),
    ],
)
def test_dates_and_phones_beside_them_go(text: str, value: str) -> None:
    assert_gone(text, value)
