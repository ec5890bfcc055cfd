"""The capitalised words after a measure of food or drink ("a pot of ...", "a plate of
...") are a dish or a drink; a possessive, a listed given name, surname or place among
them, or a name with no measure right before it, still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

DISHES = [
    "She made a pot of Zurek Staropolski.",
    "He ate a plate of Ćevapi Sarajevski.",
]

STILL_REMOVED = [
    ("She drank a cup of Maria's tea.", "Maria"),  # a possessive: the tea is hers
    ("She ate a bowl of Mohinga Nanda after school.", "Nanda"),  # a listed given name
    ("She ate a bowl of soup with Kowalczyk.", "Kowalczyk"),  # no measure before the name
]


@pytest.mark.parametrize("text", group("dish", DISHES))
def test_measured_dishes_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_names_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
