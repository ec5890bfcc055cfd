"""Acronyms that are ordinary words of notes and chat stay, in capitals, in plural and in
mixed case: terms of military family life, identity, school and care planning, clinical
scales and models, and chat shorthand. An acronym naming one employer or school still goes,
and a word of the list that may also be a name stays a name when not typed in capitals.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        # military family life
        "Their PCS orders came through and the kids are anxious about the move.",
        "Dad is on TDY for six weeks, so bedtime calls are the plan.",
        "An OCONUS posting means no extended family nearby for two years.",
        "He went AWOL from his unit once and still carries the shame.",
        "Her son joined JROTC and finally has a group to belong to.",
        "They are PCSing in the summer, third move in five years.",
        "Pcs season is always rough on the younger ones.",
        "He is PCS'ing again in spring and the kids already know.",
        "They were TDY'd twice last year, so the routine keeps breaking.",
        # identity
        "A BIPOC support circle meets on the first Monday of the month.",
        "LGBTQ+ youth drop-in is the one place he feels safe.",
        "FTM teen, uses he/him, came out to his grandmother last week.",
        "She was AFAB and is still working out what words fit.",
        "The group is open to QTBIPOC members only this term.",
        # school and care planning
        "The EHCP annual review is booked and mum wants me there.",
        "Both of her IEPs mention sensory breaks but nobody follows them.",
        "The ELSA at school does a weekly check-in with him.",
        "He has been at the PRU since the exclusion in spring.",
        "SENCO + EHCP + CAMHS + GP + OT: five meetings this month for one mum.",
        "The review had ABA, OT and SLT in the room together.",
        "The SPED team cut the transitions and the mornings are calmer.",
        "Both kids have CiN plans and the school knows it.",
        # statutory services and benefits named in general
        "The DCS referral went in on Monday and nobody has called yet.",
        "Her JCP appointment is on Friday and she wants to go alone.",
        # clinical scales and models
        "We tried TBRI ideas at home and the meltdowns got shorter.",
        "Her HADS score dropped by four points over the month.",
        "The PECS board helped him ask for a break by himself.",
        # chat shorthand
        "TIL that the waitlist is nearly a year long.",
        "WFH three days a week has helped her anxiety a lot.",
        "Fwd from the office: the room is double booked on Friday.",
        "NGL this one got to me a bit, off to walk it off.",
        "CAPS COS I'M TYPING FAST: HE WENT TO SCHOOL ALL WEEK.",
    ],
)
def test_an_everyday_acronym_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her partner works at KPMC on the night shift now.", "KPMC"),
        ("He got a job at BTGL in the warehouse last month.", "BTGL"),
        ("She started at the PTRH ward after her training.", "PTRH"),
        ("She works at DCS as a caseworker now and hates the hours.", "DCS"),
    ],
)
def test_an_employer_acronym_goes(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Til said the visit with her dad went better this time.", "Til"),
        ("Bah came with his aunt and talked about football.", "Bah"),
        ("Elsa drew her family and put the dog in the middle.", "Elsa"),
    ],
)
def test_a_name_spelled_like_an_acronym_goes(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out
