"""'Ah' and the word after it where a person stands (opening a sentence or after a relative's
word, before a possessive, a bracket or a verb) is a Cantonese, Hokkien or Singaporean name;
the interjection, the relatives 'Ah' opens and words after it with no person's slot stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ah keung finally opened up about the debts", "keung"),
        ("Ah Fook (his granddad's friend) drove them over", "Fook"),
        ("ah lian's sister picked her up after school", "lian"),
        ("Update. Ah Hock wrote to his daughter for the first time.", "Hock"),
        ("her cousin ah mui called twice and she answered", "mui"),
        ("ah tee still texts him every night", "tee"),
    ],
)
def test_a_name_after_ah_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "ah ok, she said the week was fine",
        "Ah, right. He came back on time.",
        "ah well he tried his best",
        "ah ma brings him on tuesdays and ah gong on saturdays",
        "she stays with her ah po now",
        "ah that makes sense, she nodded",
        "we talked about it. ah yes, he agreed.",
    ],
)
def test_the_interjection_and_relatives_stay(text: str) -> None:
    assert redact(text) == text
