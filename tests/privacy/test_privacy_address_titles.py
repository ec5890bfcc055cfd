"""Titles and words of address of many languages standing right before a name go into its
placeholder ("coach [name]", "seu [name]", "Herr [name]"); after an owner the word names a
relation and stays ("her uncle [name]", "sa tante [name]")."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("coach Baptiste Okonkwo-Lindqvist shouts less now", "coach"),
        ("ontem o seu Raimundo Kowalczyk trouxe o neto", "seu"),
        ("aunty Priyanka Ramaswamy rang twice", "aunty"),
        ("Danach hat Herr Oberhuber-Wendlinger angerufen.", "Herr"),
    ],
)
def test_title_goes_with_the_name(text: str, gone: str) -> None:
    out = redact(text)
    assert "[name]" in out
    assert gone not in out.split()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("she stayed with her uncle Priyanka Ramaswamy all summer", "uncle"),
        ("he went to the coach station to meet a friend", "coach"),
        ("my nana made soup again", "nana"),
    ],
)
def test_owned_or_plain_words_stay(text: str, kept: str) -> None:
    assert kept in redact(text).split()
