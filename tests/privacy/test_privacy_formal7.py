"""Formal notes naming services, schemes, roles, agencies and medicines in general keep
them; a client's name, a town's branch of an agency or a named school beside them still
goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Outcome: the family was stepped down from Child Protective Services to Early Help.",
        "She now gets the Foster Child Grant and the Disability Grant each month.",
        "Attendees: Team Lead, Graduate Social Worker and the Consultant Psychiatrist.",
        "Offered six sessions of CBT for Insomnia before the Relapse Prevention group.",
        "A Guardian ad Litem was appointed and the Family Court adjourned until spring.",
        "History of Major Depressive Disorder; now on Mirtazapine and Propranolol.",
        "He goes to the Reflective Practice Group and the Robotics Club after school.",
        "Referred to the Gender-Based Violence Recovery Centre and Children's Office.",
        "Under the Sukanya Samriddhi Yojana the account is open for the girl.",
        "Polyclinic Psychology Service note: seen with Mum, calmer than last month.",
        "Completed the Certificate IV in Mental Health Peer Work last year.",
        "He joined the Design and Technology club and built a bird box.",
        "Medications reviewed: Sertraline, Metformin and Melatonin at night.",
        "The PIP form and the ASHA worker's visit both landed on a Tuesday.",
        "She moved into a flat through a Housing First Program in March.",
        "Gran now gets the Older Person's Grant and came to every review.",
    ],
)
def test_services_and_roles_named_in_general_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Open to Tusla Galway since March; the case worker rang twice.", "Galway"),
        ("Her little brother, whom they call Pip, sleeps in her room.", "Pip"),
        ("Support Worker Asha noticed she ordered lunch herself.", "Asha"),
        ("Referred by Riverside Medical Centre for the Early Help offer.", "Riverside"),
        ("Client Grant Foster attends the Recovery Group on Mondays.", "Grant Foster"),
        ("Referred to Child Protective Services by Ms Okafor from the school.", "Okafor"),
        ("The staff at Lantern Family Centre noticed she laughs more.", "Lantern"),
        # a national agency named alone stays (test_privacy_public_services), but not as
        # someone's workplace
        ("She works for Tusla in the duty team.", "Tusla"),
        ("He is a clerk at WINZ and dreads Mondays.", "WINZ"),
        ("Her sister got a job at NHIF last year.", "NHIF"),
    ],
)
def test_identifiers_beside_general_services_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
