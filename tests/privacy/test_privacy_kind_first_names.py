"""A school or church named after its kind word in Slovene, Croatian, Czech or Swiss French
("gimnazija Vič", "kostel Panny Marie", "the Gymnase de Burier") is taken; the kind word
alone stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She attends the Gymnase de Burier and likes maths.", "Burier"),
        ("He sings at kostel Panny Marie on Sundays.", "Panny"),
    ],
)
def test_a_name_after_a_foreign_kind_word_is_taken(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "the gymnase was closed on Monday.",
        "She wants to go to a gimnazija next year.",
    ],
)
def test_the_kind_word_alone_stays(text: str) -> None:
    assert redact(text) == text
