"""Dates with the month in Roman numerals ("3.IV.2024", "14 IV 2024", "12-XI-1931"), as many
Central and Eastern European writers put them, are removed; Roman numerals that number chapters,
grades or parts, and "IV" as an intravenous line, stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we first met on 3.IV.2024 and she brought her sister", "3.IV.2024"),
        ("Next appointment 03.IV. at ten, after the school trip", "03.IV."),
        ("He was born 12-XI-1931 in a village near the border", "12-XI-1931"),
        ("the hearing is 14 IV 2024 so we are preparing", "14 IV 2024"),
        ("Since 14/IV/2024 he sleeps through most nights", "14/IV/2024"),
        ("discharged 28. VIII. 2023, no admissions since", "28. VIII. 2023"),
        ("on 1.XII.24 mama called me crying, good crying", "1.XII.24"),
    ],
)
def test_a_roman_month_date_is_removed(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out


@pytest.mark.parametrize(
    "text",
    [
        "We read Chapter IV of the workbook together.",
        "She is in grade XI now and likes chemistry.",
        "They gave him 2 IV bags and he slept after.",
        "Part 3.IV. of the plan covers the mornings.",
        "Section 2.III. of the safety plan was rewritten by her.",
        "By the 3 IV lines she was calmer, and 5 IV 2 was her score on the ladder.",
    ],
)
def test_roman_numerals_that_number_things_stay(text: str) -> None:
    assert redact(text) == text
