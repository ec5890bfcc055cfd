"""A German noun for a person's role at an office or school after "the" or an owner ("the
Sachbearbeiterin", "her Klassenlehrerin") is a word in English text; a name still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "The Sozialarbeiterin said the flat is theirs from March.",
        "He said the Sachbearbeiterin was patient with him this time.",
        "The Sachbearbeiterin was kind and the form is done.",
        "He said the Bewährungshelferin was fair about the missed date.",
        "She finally talked to her Klassenlehrerin about the bullying.",
        "His Schulbegleiter sits with him in maths now.",
    ],
)
def test_roles_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Frau Lehrbach called twice about the rent.", "Lehrbach"),
        ("She met Kellerhals at the café and he helped with the forms.", "Kellerhals"),
    ],
)
def test_names_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
