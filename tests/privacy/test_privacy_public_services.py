"""National public bodies, benefits, programmes and exams named in general stay ("the SSS
loan came through", "she rang Work and Income", "after the NCLEX"); the same body as
someone's workplace, a local office's place and the people beside them are removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._public_services import named_in_general


@pytest.mark.parametrize(
    "text",
    [
        "The SSS maternity benefit came in, so she could stay home another month.",
        "He finally rang Work and Income and booked the appointment himself.",
        "Her PhilHealth claim was denied at first, then paid on appeal.",
        "Centrelink cut the payment and she still kept her Tuesday routine.",
        "After the NCLEX she wants to rest for a week before job hunting.",
        "NSFAS funding came through, so he bought his textbooks on Monday.",
        "The OWWA reintegration seminar gave her the idea for the sari-sari store.",
        "She rang the DSWD hotline twice and got help on the second call.",
        "Pag-IBIG approved the loan and the family can fix the roof.",
        "He is on Universal Credit and the Jobcentre appointments scare him less now.",
        "SASSA grant money goes on school shoes first, she said.",
        "He is waiting for his KCSE results and sleeping badly.",
        "She was refused by Home Affairs twice and still went back with the papers.",
        "ACC covered the physio, and he walks to the shop now.",
        # read before as organisations; the independent labels leave them unmarked
        "She has been on ACC since the fall at work.",
        "Her Centrelink payments were cut again.",
        "The HSE letter about the waiting list came on Monday.",
        "Tusla closed the case and the hardship grant came the same week.",
        "WINZ finally sorted the hardship grant.",
        "NHIF sent the letter, so we filled in the form together.",
    ],
)
def test_bodies_named_in_general_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Thandeka works at SASSA and hears angry callers all day.", "SASSA"),
        ("He is a clerk at OWWA and finally asked for leave.", "OWWA"),
        ("She is a nurse with PhilHealth now, no more nights.", "PhilHealth"),
        ("Her caseworker at DCFS, Ms. Rowe, signed the plan.", "DCFS"),
        ("rang bev at centrelink and she sorted the form", "centrelink"),
        ("The SASSA office in Mthatha had a queue round the block.", "Mthatha"),
        ("Nomsa applied for the SASSA grant with her gogo.", "Nomsa"),
        ("Nhia took the bus to the clinic by herself.", "Nhia"),
    ],
)
def test_workplaces_places_and_people_go(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


def test_a_short_acronym_counts_only_in_capitals() -> None:
    assert named_in_general("ACC approved it.") == [(0, 3)]
    assert named_in_general("Acc approved it.") == []


def test_the_word_of_its_kind_after_the_body_counts_with_it() -> None:
    text = "the DSWD hotline helped"
    assert named_in_general(text) == [(4, 16)]


def test_a_name_inside_a_longer_word_is_not_the_body() -> None:
    assert named_in_general("ref CTM-NHS 55 0192") == []


def test_a_body_counts_as_spelled_or_in_capitals() -> None:
    assert named_in_general("CENTRELINK rang back") == [(0, 10)]
    assert named_in_general("Centrelink rang back") == [(0, 10)]
    assert named_in_general("his own centrelink login") == []
