"""A score-shaped day and month ("4/5") listed beside a date that cannot be a score ("11/5")
is a date too; two score-shaped pairs alone stay scores."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._listed_days import listed_days


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she missed 4/5 & 11/5, mum was working", "4/5"),
        ("no-show 3/10 and 17/10 so we closed the file", "3/10"),
        ("good days were 2/5, 6/5 and 18/5", "6/5"),
        ("sessions on 14/5 and 1/10", "1/10"),
    ],
)
def test_listed_days_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out


@pytest.mark.parametrize(
    "text",
    [
        "she rated sleep 4/5 and mood 2/10 this week",
        "4/5 and 2/10 were her scores",
    ],
)
def test_scores_alone_stay(text: str) -> None:
    assert redact(text) == text


def test_a_chain_reaches_the_date() -> None:
    text = "2/5, 6/5 and 18/5"
    assert sorted(listed_days(text, [(0, 3), (5, 8)], [(13, 17)])) == [(0, 3), (5, 8)]


def test_a_word_between_breaks_the_list() -> None:
    text = "mood 4/5 today, appt 12/6"
    assert list(listed_days(text, [(5, 8)], [(21, 25)])) == []


def test_a_long_chain_of_scores_is_read_in_linear_time() -> None:
    """A pasted log of hundreds of ratings joined by "&" ends in one date: the chain is
    followed once, not pass after pass over every pair."""
    import time

    text = "4/5 & " * 400 + "14/5"
    scores = [(k * 6, k * 6 + 3) for k in range(400)]
    started = time.perf_counter()
    got = list(listed_days(text, scores, []))
    assert len(got) == 400
    assert time.perf_counter() - started < 1.0
