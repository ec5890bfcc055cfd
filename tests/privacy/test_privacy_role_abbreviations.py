"""Abbreviations of a role or setting of care that the grammar shows ("her PO", "the SNF",
"Hospice SW", "UA results") stay; the same capitals standing bare as initials go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Her PO moved the check-in so she can keep the night shift.",
        "The UA was negative and he asked me to tell his mum.",
        "Hospice SW called; the family wants one more week at home.",
        "He is going from the SNF to an ALF in the spring.",
        "SNF placement fell through, so the daughter is caring again.",
        "Random UAs are part of the deal and he has passed every one.",
    ],
)
def test_roles_and_settings_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Client initials PO, seen at school with the counsellor present.", "PO"),
        ("Met with SW (initials) and her grandmother at the library.", "SW"),
        ("Saw the client CM at home with his nan.", "CM"),
        ("The PO family came in together.", "PO"),
    ],
)
def test_initials_still_go(text: str, gone: str) -> None:
    assert f" {gone} " not in f" {redact(text)} ".replace(",", " ")
