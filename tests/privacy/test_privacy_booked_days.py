"""A score-shaped day and month ("4/5", "3/10") is a date where the words before book a day
(the next session, a session moved or booked, a meeting promised), and stays a score
otherwise."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._booked_days import booked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("next appt 4/5, pls remind her the day before", "4/5"),
        ("Next: 3/10, same room.", "3/10"),
        ("nxt sesh 2/5 w both parents", "2/5"),
        ("the group got moved to 1/10 bc of the holiday", "1/10"),
        ("rescheduled to 6/5 after the exams", "6/5"),
        ("booked for 8/10 at the clinic", "8/10"),
        ("told him see u 9/5 then", "9/5"),
        ("next session - 4/10", "4/10"),
    ],
)
def test_booked_days_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out


@pytest.mark.parametrize(
    "text",
    [
        "she rated her mood 4/5 at intake and 2/5 now",
        "mood 7/10 at 9am, 4/10 at night",
        "next time she wants to be at 8/10",
        "he gave the group 3/5, better than last week",
        "session 6/10 - we're past halfway now",
    ],
)
def test_scores_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("next appt ", True),
        ("Next: ", True),
        ("moved to ", True),
        ("see her again ", True),
        ("rated it ", False),
        ("next time she wants to be at ", False),
        ("she moved to the ", False),
    ],
)
def test_booking_words(before: str, expected: bool) -> None:
    assert booked(before) is expected


@pytest.mark.parametrize(
    "text",
    [
        "her anxiety moved to 3/10 after the grounding exercise",
        "pain changed to 4/10 once she sat down",
        "the goal was set to 4/5 for next week",
        "urges went down, target moved to 2/5",
    ],
)
def test_a_measure_moved_to_a_score_stays(text: str) -> None:
    assert redact(text) == text
