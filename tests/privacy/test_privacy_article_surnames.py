"""An everyday word listed only as a surname is the noun after "the", "al" or "del" when it
ends its clause or a small joining word follows; before a noun, after "at" or a preposition
of place (a venue named after its founder), as part of a
longer name elsewhere, or before what a person does, it stays a name."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "She loves the Mercado and the noise of the stalls.",
        'he said "fútbol con los cipotes del barrio" and smiled.',
        "The Mercado on Sunday is her favourite outing.",
        "He talked about the Hogan, where his grandmother still lives.",
    ],
)
def test_nouns_after_an_article_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We met with the Mercado family on Tuesday.", "Mercado"),
        ("She has a new job at the Mercado, and likes it.", "Mercado"),
        ("She walks to the Mercado and back.", "Mercado"),
        ("Ana Mercado phoned twice; later the Mercado was closed.", "Mercado"),
        ("The Castillo said she would come back next week.", "Castillo"),
    ],
)
def test_surnames_in_a_name_go(text: str, value: str) -> None:
    assert_gone(text, value)
