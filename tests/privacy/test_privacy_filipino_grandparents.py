"""In a text that shows Filipino, "Lola" and "Lolo" alone are the grandparents; with the
grandparent's own name, before a bracket, after a word of naming or in a text with no
Filipino they stay names."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "Sabi niya, Lola was the one who noticed first.",
        "Kasama niya si Lola sa palengke every morning now.",
        "Every Sunday she walks with lola to mass, talaga proud siya.",
    ],
)
def test_grandparents_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sabi niya, Lola Pacita taught her to pray the rosary.", "Pacita"),
        ("Her classmate Lola (not her lola, a girl) sits with her, sabi niya.", "Lola"),
        ("Lola came in late and we only had twenty minutes.", "Lola"),
        ("Naging close siya sa friend niya named Lola.", "Lola"),
    ],
)
def test_names_stay_removed(text: str, value: str) -> None:
    assert_gone(text, value)
