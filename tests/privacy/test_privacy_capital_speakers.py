"""A capitalised given name opening a sentence before a verb of saying of another language
is the speaker, even when it is an everyday word; pronouns, kinship, role and function words
of the language, and words in no list (a relative's word of that language) stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Patience alisema the week was calmer at home.", "Patience"),
        ("Blessing bilang dia sudah tidur lebih awal.", "Blessing"),
        ("Royal seh him nuh fight at school this term.", "Royal"),
        ("Honour bola ki school mein sab theek hai.", "Honour"),
    ],
)
def test_speaker_goes(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mama dice que está mejor.",
        "Hoy dijo que no quería hablar.",
        "Teacher seh him do well.",
        "Klien bilang tidurnya lebih baik.",
        "Ella dijo que sí.",
    ],
)
def test_other_words_stay(text: str) -> None:
    assert redact(text) == text
