"""Words of clinical chat that are no names: English compounds opened by a prefix or a
letter ("x-ray", "co-parenting", "de-escalation") and clinical acronyms typed in lower case
("mri", "ecg"), even where a verb of a person follows them. Romanised given names with a
hyphen ("seo-yeon", "ji-woo") and hyphenated names whose parts are names stay names."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "x-ray booked for next wk",
        "x-ray came back clear",
        "X-ray booked for Monday",
        "co-parenting went ok this time",
        "re-entry went better than expected",
        "de-escalation worked twice at school",
        "self-soothing worked for once",
        "mri booked for tues",
        "ecg came back normal",
        "ct booked after the fall",
    ],
)
def test_compounds_and_lower_case_acronyms_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("seo-yeon said she slept better", "seo-yeon"),
        ("hyun-woo came late again", "hyun-woo"),
        ("ji-woo n her mom came", "ji-woo"),
        ("De-Shawn said it helped", "De-Shawn"),
    ],
)
def test_hyphenated_names_still_go(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert "[name]" in out
