"""An everyday word that a list of given names holds too, typed in lower case after an owned
relation or role and before "from" or a verb of speaking, is whom the role names; other
words after it, and words no list of given names holds, keep their place."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("she walks to school w her friend blessing from church now", "blessing"),
        ("my client comfort from the church group sat in", "comfort"),
        ("her friend victory from church said it helps", "victory"),
        ("their neighbour gift from down the road helps out", "gift"),
    ],
)
def test_the_word_after_a_role_is_the_person(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out.split(), out
    assert "[name]" in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("her friend group at school is kind to her", "group"),
        ("my son will be fine next term", "will"),
        ("her coach said the team did well", "said"),
        ("my client base from the north side grew", "base"),
        ("the friend blessing from church was a gift", "blessing"),
    ],
)
def test_other_words_after_a_role_stay(text: str, kept: str) -> None:
    out = redact(text)
    assert kept in out.split(), out
