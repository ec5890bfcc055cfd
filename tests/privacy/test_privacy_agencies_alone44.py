"""A national agency named alone is a public body, no identifier of its client, and stays;
named as where someone works, or before a name, it still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "She finally heard back from the HSE about the referral.",
        "He went to Centrelink on Tuesday and came back calmer.",
        "The NDIS review is next month and she is less worried.",
        "Medicaid covered the sessions, so he kept coming.",
        "NHIF sent the letter, so we filled in the form together.",
        "She has been on ACC since the fall.",
        "Tusla closed the case and the hardship grant came the same week.",
    ],
)
def test_agency_named_alone_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She works at Centrelink in Frankston now.", "Centrelink"),
        ("He works for the HSE as a porter.", "HSE"),
        ("He went to Centrelink with Doreen Whitlock.", "Doreen Whitlock"),
    ],
)
def test_agency_as_workplace_or_beside_a_name_goes(text: str, value: str) -> None:
    assert_gone(text, value)
