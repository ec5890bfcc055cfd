"""Thanks, greetings and toasts of many languages, capitalised when quoted, stay; a name
beside them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "She said Paldies at the door and smiled.",
        "Sawubona, he greeted me, and sat down without being asked.",
        "He answered Kiitos and went quiet, which is new.",
        "At the wedding he only raised a glass of juice and said Živjeli.",
    ],
)
def test_greetings_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She said Paldies to Ilze Bērziņa at the door.", "Bērziņa"),
        ("Sawubona, Thandeka Mkhize greeted me.", "Mkhize"),
    ],
)
def test_names_beside_them_go(text: str, value: str) -> None:
    assert_gone(text, value)
