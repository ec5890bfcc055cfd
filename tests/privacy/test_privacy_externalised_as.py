"""A problem or feeling pictured "as" a named character ("we externalised the worry as 'the
Storm'") keeps its name there and where the text names it again, even when the name is
also a given name; people named beside it still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "We externalised the worry as 'the Storm'. He said the Storm passed quickly on Monday.",
        "She pictures her anger as the Bull, and the Bull stayed calm at the family dinner.",
        "He describes the cravings as Boss; on Friday he told Boss no.",
        'Externalizing the panic as "the Buzz" helped: the Buzz was quieter at school.',
    ],
)
def test_a_problem_named_as_a_character_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("We externalised the fear as the Storm, and Kiri said the Storm shrank.", "Kiri"),
        ("She sees her grief as Mark's fault and will not talk to him.", "Mark"),
        ("We externalised the rage as the Volcano; Storm said it was quiet.", "Storm said"),
    ],
)
def test_people_beside_it_go(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out
