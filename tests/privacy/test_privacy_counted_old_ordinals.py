"""An ordinal over 89 counts a person's years only when no noun of a counted thing follows it;
an ordinal before "century" is no day of the month."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Her reading is in the 95th percentile now and she was proud of it.",
        "For the 100th time he told me it would never change, then it did.",
        "He said the goal in the 91st minute was when his mood lifted.",
        "The clinic marked its 125th anniversary and the team felt seen.",
        "My 100th session as a therapist and I still learn from clients.",
        "it was the hundredth time i asked and she finally answered",
        "the ninety-first time she tried the breathing it worked",
        "Back in the 20th century families did not talk about grief.",
        "the 21st century version of a big family is a group chat",
    ],
)
def test_ordinals_counting_things_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "It was her 95th birthday on Sunday and the whole family came.",
        "at her 95th, nan danced with every grandchild",
        "for his ninety-fifth birthday he asked for a quiet lunch",
        "she is in her 97th year and still walks to the market",
        "Her 90th was lovely, she said.",
    ],
)
def test_a_persons_ordinal_years_still_go(text: str) -> None:
    out = redact(text)
    assert "[age]" in out, out
    assert redact(out) == out


def test_a_day_before_century_words_elsewhere_still_goes() -> None:
    out = redact("She moved on the 21st. The house is a 19th century cottage.")
    assert out == "She moved on the [date]. The house is a 19th century cottage."
