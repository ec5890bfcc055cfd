"""A fraction out of a named scale's maximum is a score only in a sentence that names the
scale or a score (or follows one that does) and gives no plain score of its own: "PHQ-9 was
14. Follow up 11/27.", "Next review 11/27" or "GAD-7 repeated 3/21, score 9" write the
date."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PHQ-9 was 14 today. Follow up 11/27.", "11/27"),
        ("PHQ-9 was high again. Next review 11/27 with her GP.", "11/27"),
        ("GAD-7 repeated 3/21, score 9.", "3/21"),
        ("Intake 10/21: GAD-7 15, sleep poor.", "10/21"),
    ],
)
def test_a_date_beside_a_scale_goes(text: str, value: str) -> None:
    assert_gone(text, value)


def test_a_score_out_of_the_maximum_stays() -> None:
    out = redact("PHQ-9 dropped from 16/27 to 11/27 over the block.")
    assert "16/27" in out and "11/27" in out, out


def test_a_number_elsewhere_in_the_sentences_is_no_plain_score() -> None:
    text = "Still out of bed before 9. Scaling went from 3 to 5; PHQ-9 down to 12/27 from 17/27."
    out = redact(text)
    assert "12/27" in out, out
