"""Surnames typed in capitals beside a given name go with it; acronyms, everyday words in
capitals and shouted text stay as they were."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # surname first, with or without a comma, as registers and referral letters write it
        ("Client: MWANZA, Grace (DOB on file). Seen with her aunt.", "MWANZA"),
        ("Referral for OKONKWO, Chidi from the school nurse.", "OKONKWO"),
        ("Class list: PETERSEN Ingrid, HALVORSEN Tor and two others.", "HALVORSEN"),
        ("Met with NGUYEN Thi Lan and her son about the plan.", "NGUYEN"),
        # surname after the given name
        ("Client Grace MWANZA was seen with her aunt.", "MWANZA"),
        ("The letter from Rosa QUISPE-MAMANI came on Monday.", "QUISPE-MAMANI"),
        ("Seen: Chidi OKONKWO, age 14.", "Chidi"),
        ("Dr KHAN, Amir led the team meeting.", "KHAN"),
    ],
)
def test_a_surname_in_capitals_goes_with_its_name(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Notes from the ADHD clinic, we tried the timer again.", "ADHD clinic"),
        ("The GP, who was kind, referred her on.", "The GP"),
        ("SOAP, Tuesday: calmer, slept better.", "SOAP, Tuesday"),
        ("RE: HOMEWORK, she did all of it this week.", "HOMEWORK"),
        ("She shouted STOP, Mum said, and then laughed about it.", "STOP, Mum"),
        ("We used SMART goals, which she liked.", "SMART goals"),
        # shouted text is not a register
        ("SHE SAID THE WALK HELPED AND SHE WILL DO IT AGAIN", "THE WALK HELPED"),
    ],
)
def test_acronyms_and_everyday_words_in_capitals_stay(text: str, kept: str) -> None:
    assert kept in redact(text)
