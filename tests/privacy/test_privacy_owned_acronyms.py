"""Letters in capitals right after a possessive name a thing someone has ("polished his CV",
"showed me her IG"); the same letters removed elsewhere as someone, or followed by a verb
only a person does, still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We polished his CV together and he printed two copies.", "CV"),
        ("She showed me her IG, mostly drawings of her dog.", "IG"),
        ("I asked the parents about their PTM at the school.", "PTM"),
    ],
)
def test_owned_letters_stay(text: str, word: str) -> None:
    out = redact(text)
    assert word in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her TJ said the move was hard on everyone.", "TJ"),
        ("RJ came late. Her RJ is the one who drives.", "RJ"),
    ],
)
def test_letters_for_a_person_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
