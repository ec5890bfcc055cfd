"""A province or state named as one ("from Albay province", "both from Morobe Province",
"from Jalisco state") is kept like a state; a town of the same name, a university named
"X State" and a person still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "province-kept",
            [
                "Her parents are from Morobe Province and call on Sundays.",
                "He grew up in Batangas province and misses the sea.",
                "The family came north from Sinaloa state in 2018.",
                "She said Sichuan province food is the only thing that tastes like home.",
            ],
        ),
    ],
)
def test_a_province_named_as_one_is_kept(text: str) -> None:
    out = redact(text)
    assert out == text, out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "identifier-goes",
            [
                ("She moved to Batangas City last spring.", "Batangas"),
                ("He finished two years at Weber State before the move.", "Weber"),
                ("Rosalind and her son drove up from the province.", "Rosalind"),
            ],
        ),
    ],
)
def test_a_town_or_person_beside_a_province_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
