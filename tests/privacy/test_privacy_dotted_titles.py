"""Titles of other languages written as abbreviations ("Dhr.", "Mevr.", "Bpk.", "Lic.", "Atty.")
go with the name after them; without the full stop only those that are no word of any language
("Bpk", "Hj") are titles, and abbreviations used for subjects or units stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Gesprek met Dhr. Vermeulen over de eerste weken.", "Dhr."),
        ("Mevr. Bakker noticed she slept through twice.", "Mevr."),
        ("Rujukan dari Bpk. Markus, guru wali kelas.", "Bpk."),
        ("The referral came from Lic. Urdaneta at the centro.", "Lic."),
        ("Her lawyer, Atty. Sarmiento, joined the call.", "Atty."),
        ("Bpk Yohanes datang bersama istrinya.", "Bpk"),
        ("Hj Rahmawati brought the kids on Friday.", "Hj"),
    ],
)
def test_the_title_goes_with_the_name(text: str, title: str) -> None:
    out = redact(text)
    assert "[name]" in out, out
    assert title not in out.split(), out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "The lab ran the DNA test twice.",
        "She passed Gen. Ed. with a B this term.",
        "The dr said the Lt. column of the form was blank.",
    ],
)
def test_abbreviations_of_subjects_and_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("Sra. M. came early today and stayed.", "M."),
        ("Sr. T. asked about the next step.", "T."),
        ("Srta. L. brought her cousin.", "L."),
    ],
)
def test_a_title_and_an_initial_opening_the_text_are_a_name(text: str, initial: str) -> None:
    out = redact(text)
    assert out.startswith("[name]"), out
    assert initial not in out, out
    assert redact(out) == out
