"""A word in capitals right before a phone number's placeholder is most often the person to
call ("JT [phone]", "DAVID: [phone]"); it labels the number only through a word for a number
("NHIF no. [phone]") or as a listed numbering system, while "NIE [id]" stays a label."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Emergency contacts: JT 07700 900123, mum 07700 900456", "JT"),
        ("Safety plan card lists DAVID: 07700 900123 for nights.", "DAVID"),
        ("told her to text RUBEN 07700 900123 if the urge comes back", "RUBEN"),
    ],
)
def test_a_name_in_capitals_before_a_phone_number_goes(text: str, value: str) -> None:
    assert_gone(text, value)


def test_a_label_before_an_id_or_a_number_word_stays() -> None:
    out = redact("She finally got her NIE X2345678L and her NHIF no. 0712 345 678 this week.")
    assert "NIE" in out and "NHIF" in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Termin verschoben, Tel. 0664 1234567, SVNR 1234 120389.", "SVNR"),
        ("Her CNH 01234567890 is still on file at the clinic.", "CNH"),
        ("Him NHF card number 0123 4567 890 did print wrong.", "NHF"),
    ],
)
def test_a_listed_numbering_system_before_a_phone_shaped_number_stays(
    text: str, label: str
) -> None:
    out = redact(text)
    assert label in out, out
    assert redact(out) == out
