"""An acronym joined by a hyphen to an everyday word is a modifier ("CBT-style work",
"IFS-informed", "a bit DBT-ish"), kept; a name in capitals before the hyphen, or a name
beside the compound, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "compound-kept",
            [
                "Too much CBT-style arguing from me today, so I sat back.",
                "She read an IFS-informed workbook over the holidays.",
                "He joined a PTSD-focused walking group on Thursdays.",
                "The plan felt a bit DBT-ish, and that was fine with her.",
                "An ACT-style sorting of values came next.",
            ],
        ),
    ],
)
def test_an_acronym_compound_is_kept(text: str) -> None:
    out = redact(text)
    assert out == text, out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "name-goes",
            [
                # a listed given name in capitals before the hyphen is still a name
                ("Spoke with JAMAL-style on Friday about the exam.", "JAMAL"),
                # a name beside a kept compound still goes
                ("Rosalind found the CBT-style diary useful.", "Rosalind"),
            ],
        ),
    ],
)
def test_a_name_by_an_acronym_compound_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert "CBT-style" in out or "CBT" not in text
    assert redact(out) == out
