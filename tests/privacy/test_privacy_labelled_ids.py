"""Identity, insurance, tax and bank numbers printed in uneven groups are removed whole after
the name of the number; the name stays, and figures after ordinary words are left alone."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her NIR is 2 91 11 69 123 456 78, the office has it.", "2 91 11 69 123 456 78"),
        ("numéro de sécu 1 72 04 13 055 219 04 à vérifier", "1 72 04 13 055 219 04"),
        ("NSS 08 76543210 27 for the referral", "08 76543210 27"),
        ("SV-Nummer 53 220391 K 017, bitte prüfen", "53 220391 K 017"),
        ("his KVNR is B 987 654 321 now", "B 987 654 321"),
        ("Krankenversichertennummer K246813579 on the form", "K246813579"),
        ("refund to IBAN NL91 ABNA 0417 1643 00 next week", "NL91 ABNA 0417 1643 00"),
        ("personnummer 19790312-4471 on the letter", "19790312-4471"),
        ("AMKA 12037901234 was renewed", "12037901234"),
    ],
)
def test_grouped_numbers_after_their_name_go_whole(text: str, value: str) -> None:
    out = redact(text)
    assert_gone(text, value)
    # no group of the number survives, not even the check digits at its end
    for group in value.split():
        if any(c.isdigit() for c in group):
            assert group not in out


@pytest.mark.parametrize(
    "text",
    [
        "NSS 2 sessions left before the review",  # too few digits for a number
        "her AVS pension starts at 65, she said",
        "BSN letters arrive in March, 3 of them so far",
    ],
)
def test_figures_after_a_name_of_a_number_are_no_number(text: str) -> None:
    out = redact(text)
    assert "[id]" not in out
    assert [w for w in text.split() if w.strip(",").isdigit()] == [
        w for w in out.split() if w.strip(",").isdigit()
    ]


def test_a_name_of_a_number_in_a_plain_sentence_stays() -> None:
    assert_kept("the IBAN form is in the blue folder")


def test_the_name_of_the_number_stays_beside_its_placeholder() -> None:
    assert redact("SV-Nummer 53 220391 K 017") == "SV-Nummer [id]"
    assert redact("IBAN DE44 5001 0517 5407 3249 31") == "IBAN [id]"
