"""Schools known by a level code and a number go; doses, times and consoles stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her daughter moved to PS 147 after the winter break.", "147"),
        ("He is in seventh grade at MS 54 and likes the art teacher.", "54"),
        ("The guidance counsellor at I.S. 61 called about attendance.", "61"),
        ("She started at P.S./M.S. 34 this fall.", "34"),
        ("my nephew goes to ps 207 now and walks there w his cousin", "207"),
        ("JHS 22 sent a letter home about the trip.", "22"),
    ],
)
def test_school_codes_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "She was diagnosed with MS 10 years ago and manages well.",
        "He got a PS 5 for his birthday and plays with his brother.",
        "The bus is 15 minutes late most mornings.",
        "ps 15 mins late again today sorry",
        "MS 20 mg was mentioned by the neurologist as an option.",
    ],
)
def test_counts_doses_and_consoles_stay(text: str) -> None:
    assert_kept(text)
