"""A state's or province's postal code where a state stands (after a town and a comma, after
"to" or "in", before a state programme or a ZIP code) stays; the town and the ZIP go, and a
code read as someone's initials ("NC said", "Ana, NC and Bo") goes too."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She grew up near Paintsville, KY and still visits her mamaw.", "KY"),
        ("He switched to WV Medicaid after the move.", "WV"),
        ("They drove back to NM for the feast day.", "NM"),
        ("The family moved from Halifax, NS last winter.", "NS"),
    ],
)
def test_the_state_code_stays(text: str, code: str) -> None:
    out = redact(text)
    assert code in out.split() or f"{code}." in out.split(), out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She grew up near Paintsville, KY and still visits her mamaw.", "Paintsville"),
        ("NC said the week was calmer than the last.", "NC"),
        ("In the room were Ana, NC and Bo from the youth group.", "NC"),
    ],
)
def test_towns_and_initials_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
