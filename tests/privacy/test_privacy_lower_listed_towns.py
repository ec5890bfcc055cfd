"""A listed town of two or three everyday words typed in lower case ("cedar rapids", "round
rock") is removed after a preposition of place when the clause ends there or goes on with a
small word; everyday phrases after the same prepositions, and runs a noun follows, stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("her son is staying with his grandpa in cedar rapids now", "cedar rapids"),
        ("the twins moved to sugar land last summer and hate the heat", "sugar land"),
        ("client is from flower mound, 16, referred by the nurse", "flower mound"),
        ("they drove to sun prairie for the rodeo", "sun prairie"),
        ("mom works night shifts near red wing so he gets himself to school", "red wing"),
        ("dad lives in big spring w his new wife", "big spring"),
    ],
)
def test_lower_case_listed_town_of_everyday_words_is_removed(text: str, town: str) -> None:
    out = redact(text)
    assert town not in out
    assert "[place]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "we are in new territory now that he talks about the divorce",
        "she ran cross country in middle school and misses it",
        "he walks to the village for bread every morning",
        "they went to high school together and still text",
        "she said the change came from little things, like making her bed",
        "in grand style, he announced he was quitting vaping",
    ],
)
def test_everyday_phrases_after_a_preposition_stay(text: str) -> None:
    assert redact(text) == text
