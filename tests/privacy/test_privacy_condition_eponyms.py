"""Conditions named after a person stay as a diagnosis ("his Parkinson's", "Meniere's
attacks", "her son has Duchenne"), and a founder of a therapy model cited with the model
stays; the same surname as a person's, after a title or a given name, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "With her Parkinson's getting worse, she has stopped driving.",
    "The Hashimoto's makes her tired by the afternoon.",
    "Meniere's attacks keep him from the bus some days.",
    "Her daughter has Duchenne and she is learning to ask for help.",
    "They think it might be Addison's, and the waiting is the hardest part.",
    "He said Huntington's runs in the family and he is scared to be tested.",
    "We placed him on the stages from Prochaska and DiClemente.",
    "She picked a word from the Plutchik wheel and held on to it.",
]
FOUND = [
    ("Mr Parkinson's garden is next door.", "Mr [name]'s garden is next door."),
    ("Lena Addison's car broke down.", "[name]'s car broke down."),
    ("Addison's sister rang me twice.", "[name]'s sister rang me twice."),
    ("Her landlord, Dr Plutchik, called.", "Her landlord, [name], called."),
]


@pytest.mark.parametrize("text", KEPT)
def test_conditions_and_founders_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_people_of_the_same_surnames_go(text: str, expected: str) -> None:
    assert redact(text) == expected
