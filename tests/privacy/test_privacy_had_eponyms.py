"""A condition named after a person that someone has, or is diagnosed with, names nobody;
the same word before a noun is still someone's possessive."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Her uncle has Marfan's and they worry about his heart.",
        "He was diagnosed with Paget's in the spring.",
        "She lives with Meniere's and plans trips with an exit.",
        "She has Hashimoto's thyroiditis and tires by noon.",
        "He has Ehlers-Danlos and POTS, so PE is a struggle.",
    ],
)
def test_conditions_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She stayed with Wilson's family over the summer.", "Wilson"),
        ("I met Bell's mum at the door.", "Bell"),
    ],
)
def test_possessives_still_go(text: str, name: str) -> None:
    assert name not in redact(text)
