"""The capitalised name of a numbering system right before its number says what the number
is and stays ("NIE [id]", "her TFN ([id])"); the number still goes, and so does a short
capitalised word before a number after a word that leads to a place, employer or person."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "label", "number"),
    [
        ("Her NIE Z7654321M is on the lease now.", "NIE", "Z7654321M"),
        ("He showed me his CPF: 123.456.789-09, very proud.", "CPF", "123.456.789-09"),
        ("We sorted his TFN (876 543 219) together.", "TFN", "876 543 219"),
        ("She wrote her RUT, 14.567.890-3, on the form herself.", "RUT", "14.567.890-3"),
        ("His NHIF no. 0733 456 789 was renewed last week.", "NHIF", "0733 456 789"),
    ],
)
def test_label_stays_and_number_goes(text: str, label: str, number: str) -> None:
    out = redact(text)
    assert label in out.split() or f"{label}:" in out.split() or f"{label}," in out.split(), out
    assert number not in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please call KOFI 0803 123 4567 after the session.", "KOFI"),
        ("She works at ACME 0803 123 4567 is their line.", "ACME"),
        ("I had to call the KOFI number 0803 123 4567 twice.", "KOFI"),
    ],
)
def test_a_word_after_a_lead_still_goes(text: str, value: str) -> None:
    assert_gone(text, value)
