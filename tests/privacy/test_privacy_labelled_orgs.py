"""The answer to a field of work or of a body in a note names an organisation; an answer that
says there is none, or gives a kind or a job title, stays."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Client, 41. Employer: Kestrel Freight Lines. Goal: sleep.", "Kestrel Freight Lines"),
        ("Workplace: Marula Packhouse\nReferral: self", "Marula Packhouse"),
        ("Age 29; employer: lidl; lives with partner.", "lidl"),
        ("Team: Eastside Kingfishers. He plays on Saturdays.", "Eastside Kingfishers"),
        ("GP practice: Willowbank Surgery. Meds reviewed.", "Willowbank Surgery"),
        ("Work: Quorvex (night cleaner). Sleep is better.", "Quorvex"),
        ("Company: Ngata Builders", "Ngata Builders"),
    ],
)
def test_answers_naming_a_body_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Employer: none at the moment. Goal: routine.",
        "Employer: Retired. Hobbies: gardening.",
        "Employer: self-employed; works from home.",
        "Job: Staff Nurse. Shift pattern changed in March.",
        "Occupation: Teacher. Strengths: humour, patience.",
        "Team: Football on Tuesdays, which she loves.",
        "Practice: Community Mental Health, weekly review.",
        "Work: part-time, mostly evenings.",
        "Practice: Grounding. Review: next week.",
    ],
)
def test_answers_without_a_name_stay(text: str) -> None:
    assert_kept(text)
