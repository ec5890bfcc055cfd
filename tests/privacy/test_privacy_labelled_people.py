"""The answer to a field that asks who is a name, whatever follows it on the line; an
everyday word there describes the person instead."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Client: Thembi, 34. Presenting: panic at work.", "Thembi"),
        ("Patient: Oyelaran, 52, referred by her GP.", "Oyelaran"),
        ("Son: Kagiso Sithole, 9, Grade 4.", "Kagiso Sithole"),
        ("Client: Hope, 16. Goal: sleep before midnight.", "Hope"),
        ("client: Mthunzi, 27, came in early.", "Mthunzi"),
    ],
)
def test_names_answering_who_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Client: Anxious teen, 15, first session.",
        "Client: None booked today, so I caught up on notes.",
        "Client: The Tuesday group, all six came.",
    ],
)
def test_descriptions_stay(text: str) -> None:
    assert_kept(text)
