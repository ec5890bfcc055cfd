"""A replaced word that is a function word of another language ("FOI!", Portuguese "went!",
read as an acronym) changes which language the whole text shows, so words far from it can
read differently on the next pass: ``redact`` then reads the whole text again, and redacting
twice gives what redacting once gives."""

from __future__ import annotations

import pytest

from bot.privacy import (
    _shows_a_language,  # pyright: ignore[reportPrivateUsage]
    redact,
)


@pytest.mark.parametrize(
    "text",
    [
        "o plano era ir na praça do largo da ordem domingo c o pai. FOI! voltou feliz",
        "a ideia era ir na feira do bairro alto sabado c a tia. FOI! e voltou calma",
    ],
)
def test_redacting_twice_gives_the_same_text(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("FOI", True),  # Portuguese "went"
        ("Ela", True),  # Portuguese "she"
        ("Maria Okafor", False),
        ("Monday", False),  # a weekday shows no language
    ],
)
def test_which_replaced_words_show_a_language(span: str, expected: bool) -> None:
    assert _shows_a_language(span) is expected
