"""A feast word of another language that is also a town ("Natal", "Reyes") stands for the
feast in a note that shows the language, unless a word leading to a place comes before it
("moved to Natal") or the note shows no such language."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    "text",
    [
        "Over Natal and Réveillon she stayed sober; her mãe noticed first.",
        "Natal was quiet this year, and her mãe said it felt like rest.",
    ],
)
def test_the_feast_stays(text: str) -> None:
    out = redact(text)
    assert "Natal" in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She moved to Natal with her mãe last spring.", "Natal"),
        ("He grew up in Natal and still misses the beach.", "Natal"),
    ],
)
def test_the_town_still_goes(text: str, value: str) -> None:
    assert_gone(text, value)
