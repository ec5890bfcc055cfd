"""A lower-case word between a word for the client and a verb the client does is a name, even
when another language also has it as a word; English words there stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my client eno said the mornings are easier now", "eno"),
        ("the patient ana was calmer after the walk", "ana"),
        ("her son ali came in smiling for once", "ali"),
        ("my client tavita texted me a photo of her garden", "tavita"),
    ],
)
def test_names_in_the_clients_slot_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "my client also said the mornings are easier now",
        "the client then came back with her own plan",
        "my client finally talked about her father",
        "the patient really tried this week",
        "my son lol said he wants to try again",
        "the client ok said yes to the plan",
    ],
)
def test_english_words_in_that_slot_stay(text: str) -> None:
    assert_kept(text)
