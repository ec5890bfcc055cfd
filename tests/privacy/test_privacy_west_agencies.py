"""The agencies, programmes and roles of US West practice named as such ("DCYF closed the
case", "COFA migrants", "ASAM level 2.1", "the SRO role") and the dialects of Hmong ("speaks
White Hmong") are kept; the same agency as someone's workplace, and a person's initials, go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "agency-kept",
            [
                "DCYF sent the letter and she read it twice before calling.",
                "OHA changed the rules for the waiver this spring.",
                "He asked whether COFA status lets him keep his coverage.",
                "The ASAM dimension 4 score went down since intake.",
                "She stayed in JROTC even after the move.",
                "DVR paid for the forklift course.",
                "We read the OSPI letter about the testing dates together.",
            ],
        ),
        *group(
            "role-kept",
            [
                "The SRO walked him to the office and stayed calm.",
                "Her SRO meeting went better than she feared.",
            ],
        ),
        *group(
            "dialect-kept",
            [
                "Grandma speaks Green Hmong and the school sent a White Hmong interpreter.",
                "The flyer was printed in Hmong Der only.",
            ],
        ),
    ],
)
def test_an_agency_role_or_dialect_is_kept(text: str) -> None:
    out = redact(text)
    assert out == text, out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "identifier-goes",
            [
                ("Her aunt works at DCYF in the Spokane office.", "DCYF"),
                ("Met with SRO on Tuesday, then his mother Carla.", "Carla"),
                ("Client initials SRO, seen at home by Danika.", "Danika"),
            ],
        ),
    ],
)
def test_a_workplace_or_person_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
