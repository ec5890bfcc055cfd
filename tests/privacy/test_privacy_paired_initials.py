"""A capital initial with a full stop joined by "and" to a found name is a person, and so is
the same initial said as a speaker; labels such as "plan A." and "part B." stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept, group

REMOVED = group(
    "initial-joined-to-a-name",
    [
        "M. and DJ both came early and set out the chairs.",
        "Present: the couple, R. and Maria, calmer than last week.",
        'the brothers T. (the eldest) and KJ both rated it a 7. T.: "it was mostly me"',
    ],
)


@pytest.mark.parametrize("text", REMOVED)
def test_initial_joined_to_a_found_name_is_removed(text: str) -> None:
    out = redact(text)
    assert "[name]." in out, out
    assert not any(f"{c}." in out for c in "MRT"), out
    assert redact(out) == out


KEPT = group(
    "label-letters",
    [
        "Plan A. and then plan B. if that fails.",
        "She picked option C. and stuck with it all week.",
    ],
)


@pytest.mark.parametrize("text", KEPT)
def test_letters_that_label_things_stay(text: str) -> None:
    assert_kept(text)


def test_a_label_letter_before_a_name_stays() -> None:
    assert "part B." in redact("We did part B. and Maria did part C.")
