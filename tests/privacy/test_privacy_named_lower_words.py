"""Lower-case words that the text says are someone's name ("his name is king lol"), names after
a role marked by a laugh ("her bf lucky lol"), and roles after "lil", "youth" or "buddy"; the
same words said of a name, or used as words, stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the twins came in, yes his name is prince lol", "prince"),
        ("met the new kid today. her name is honey.", "honey"),
        ("the toddler's name is sky lol so cute", "sky"),
        ("so the client's son is named sterling lol and he's 7", "sterling"),
        ("the cousin (yes her name is treasure, really) drove them", "treasure"),
        ("she came w her gf lucky lol and stayed the whole hour", "lucky"),
        ("his mate prince lol always drives him in", "prince"),
        ("his buddy rusty went fishing with him all weekend", "rusty"),
        ("his lil bro kairo. he tagged along today", "kairo"),
        ("her youth worker zafirah at the drop-in said so", "zafirah"),
    ],
)
def test_words_said_to_be_names_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "his name is on the waiting list now",
        "her name is not on the roster yet",
        "his name is important to him, he said.",
        "her name is beautiful lol, it means dawn",
        "she said her name is also her grandmother's",
        "her bf lol came to pick her up",
        "his buddy system at work helps him",
        "he went fishing with his lil brother and said it was fun",
        "her friend group said she seemed calmer",
        "the word named in the form is wrong",
    ],
)
def test_words_about_names_stay(text: str) -> None:
    assert_kept(text)
