"""A fraction out of the highest score of a scale the text names is that score, wherever
it stands; after a word that introduces a date, or over a scale's maximum, it is a date."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "Her PHQ-9 went from 18/27 down to 12/27 over the winter.",
        "GAD-7 was high at intake. This week: 10/21, and she laughed about it.",
        "The aim is a PHQ9 under 9/27 by spring; it was 11/27 today.",
        "Mood better (gad-7 currently 6/21) and sleeping through.",
        "EPDS at six weeks postpartum, now 9/30 and falling.",
    ],
)
def test_scores_out_of_a_named_maximum_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PHQ-9 lower again; next review booked for Friday 11/27.", "11/27"),
        ("Her GAD-7 came down and we meet again on 12/21.", "12/21"),
        ("PHQ-9 improved, seen 10/27 with her sister.", "10/27"),
        ("Saw her 11/27 after the PHQ-8 was repeated.", "11/27"),
        ("GAD-7 fell; she was due 12/21, before the holidays.", "12/21"),
    ],
)
def test_dates_beside_a_named_scale_go(text: str, value: str) -> None:
    assert_gone(text, value)
