"""A business named by everyday words typed in lower case right after "at" and a cue of work
("his shift at polar", "her job at universal", "on shift at trillium") is removed; a time, a
kind of place or a word of whose after the cue ("works at night", "started at school",
"works at his uncle's shop", "works at the bakery") stays, and so does a time after a
verb of starting ("the fights started at bedtime")."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("he picked up shifts at beacon last month and likes the crew", "beacon"),
        ("her shift at harvest moon ran late, so she missed group", "harvest moon"),
        ("the good weeks are when she's working at compass, she says", "compass"),
        ("he got a job at summit freight and sleeps better", "summit freight"),
    ],
)
def test_everyday_word_employer_after_a_cue_of_work_is_removed(text: str, employer: str) -> None:
    assert_replaced(text, employer, "org")


@pytest.mark.parametrize(
    "text",
    [
        "he works at night mostly, so mornings are hard",
        "she started at school again after the break",
        "he works at his uncle's shop on saturdays",
        "she works at the bakery near the station",
        "he started at level two in the programme",
        "the fights started at bedtime, then calmed down",
        "she is working at it every day",
        "he works at home on fridays",
    ],
)
def test_times_kinds_and_owners_after_a_cue_of_work_stay(text: str) -> None:
    assert redact(text) == text
