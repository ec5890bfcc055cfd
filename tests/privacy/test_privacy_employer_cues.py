"""An employer named after "employee of", "employer," or "Employer:", and a workplace after
a job title or a trial shift ("a technician at", "a trial at"), is taken; a state of work
after the label, and a kind of workplace after the cue, stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client Sione, an employee of Kestrel Freight, reports poor sleep.", "Kestrel Freight"),
        ("Her employer, Copper Valley Mining, pays for six sessions.", "Copper Valley Mining"),
        ("Employer: Harbour Mills. Seen weekly.", "Harbour Mills"),
        ("He is a technician at Halfords and likes the hours.", "Halfords"),
        ("She has a trial at Aldi on Monday.", "Aldi"),
    ],
)
def test_an_employer_after_a_cue_of_work_is_taken(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Employer: Self Employed",
        "Employer: Unemployed",
        "Her employer, the council, was kind about it.",
        "She is an employee of the Health Service.",
        "He has a trial at the hospital next month.",
    ],
)
def test_a_state_or_kind_of_work_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Referral via Dunmore CAS, case open since spring.", "Dunmore"),
        ("She came after a referral from Tangata Ora last month.", "Tangata Ora"),
    ],
)
def test_a_body_after_a_referral_is_taken(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "A referral from Mental Health Services came in.",
        "Referral to Social Care was made on Monday.",
    ],
)
def test_a_referral_to_a_service_in_general_stays(text: str) -> None:
    assert redact(text) == text
