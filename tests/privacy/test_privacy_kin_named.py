"""A capitalised name right after a kinship or role word, or set off after one by commas, is
removed even when the word is otherwise never taken for a name (a role, a kinship word of
another language); weekdays, feasts and other things after such a word stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client says her boy is calmer when his dad Deacon takes him fishing.", "Deacon"),
        ("The aunt, Hala, emailed to say the girl helped cook every night.", "Hala"),
        ("My neighbour, Elder, said the boy mowed her lawn without being asked.", "Elder"),
        ("We think her grandfather Pastor drove her there on Sunday.", "Pastor"),
        ("It helped that her husband Deacon's truck was fixed at last.", "Deacon"),
    ],
)
def test_name_after_relation_word_goes(text: str, name: str) -> None:
    assert name not in redact(text)


def test_the_name_said_again_goes_too() -> None:
    out = redact("It was calmer when his dad Deacon took him out. Deacon works nights now.")
    assert "Deacon" not in out
    assert "works nights" in out


@pytest.mark.parametrize(
    "text",
    [
        "Talking about my dad, Christmas, is still hard for her.",
        "She will see my mum Monday after school.",
        "Her son, Ramadan, fasting and school were all on her mind.",
        "He asked his dad Deacon or Elder which word the church uses.",
        "She rang the deacon, who said the hall was free.",
        "Her dad, Pastor Of The Year, laughed about it.",
    ],
)
def test_things_and_plain_roles_after_relation_words_stay(text: str) -> None:
    assert redact(text) == text
