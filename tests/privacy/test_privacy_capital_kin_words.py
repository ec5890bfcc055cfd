"""English kinship words written with a capital name a relation, not a person: alone in a
list of who came, as a sentence's subject or after a preposition they stay; before a
capitalised name they are its title and go with it."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Attending: client, Mother, Stepfather, and the family support worker.",
        "Sister said she would come next time, and Uncle agreed.",
        "Son drove her to the appointment on Tuesday.",
        "The best week was the one at the lake with Cousins and the dog.",
    ],
)
def test_kinship_words_alone_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Brother Tomasz from the parish drives her to group.", "Tomasz"),
        ("Present: Mother, Father and Anneliese, the older sister.", "Anneliese"),
        ("She lights a candle for Sister Bernadette every Friday.", "Bernadette"),
    ],
)
def test_names_beside_kinship_words_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Present: Mother, Stepfather, Ingrid and the school nurse."
    once = redact(text)
    assert redact(once) == once
