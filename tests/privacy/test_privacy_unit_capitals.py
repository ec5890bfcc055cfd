"""A unit written in capitals after its number stays ("120 MG a day", "walked 3 KM"); letters
after a number that are no unit are still someone's initials ("in Year 10 TJ said")."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept, group

UNITS = group(
    "units-after-numbers",
    [
        "He is on 120 MG a day and sleeping better.",
        "They walked 3 KM to the river on Saturday.",
        "The puppy is 12 KG already, she laughed.",
        "Take 10 ML after dinner, said the chemist.",
        "She tries to drink 2 L of water a day now.",
    ],
)


@pytest.mark.parametrize("text", UNITS)
def test_units_in_capitals_stay(text: str) -> None:
    assert_kept(text)


INITIALS = group(
    "initials-after-numbers",
    [
        ("Everyone in Year 10 TJ said was kind to her.", "TJ"),
        ("At 4 RB texted to say she was outside.", "RB"),
    ],
)


@pytest.mark.parametrize(("text", "value"), INITIALS)
def test_initials_after_a_number_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out, out
    assert redact(out) == out
