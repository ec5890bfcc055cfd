"""The name a client gives a problem, a feeling or a goal ("he called his anxiety Dukkha")
stays, wherever the text uses it again; a person named in the same slot still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "He called his anxiety Dukkha and talked about it like an old friend.",
    'We named the worry "Grumbles" and she found two days when Grumbles lost.',
    "She named her goal Freedom, and we scaled how close Freedom felt.",
    "The boy calls his temper Volcano and knows when Volcano is waking up.",
    "He named his worry Zorro and said Zorro was smaller this week.",
]
FOUND = [
    ("He called his brother Fadi after school.", "He called his brother [name] after school."),
    (
        "She named her daughter Nora after her grandmother.",
        "She named her daughter [name] after her grandmother.",
    ),
    (
        "He called his anxiety Dukkha, and Tomasz laughed.",
        "He called his anxiety Dukkha, and [name] laughed.",
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_names_of_problems_and_goals_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_people_named_in_the_slot_go(text: str, expected: str) -> None:
    assert redact(text) == expected
