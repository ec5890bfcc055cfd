"""A capitalised word right after "told", "asked", "hugged", "texted" or "thanked" is a person
when a mark or the start of what was told or asked follows, even when it is also a place or an
everyday word; brands, kinship words and runs of capitalised words in the same place stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In session I asked Georgia what her sister would notice first.", "Georgia"),
        ("At the end she hugged Precious, and both of them cried.", "Precious"),
        ("He texted Harmony that he was safe.", "Harmony"),
        ("She thanked Ofa for driving her home.", "Ofa"),
    ],
)
def test_word_told_or_asked_goes(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "She told Mum about it and asked Google what it meant.",
        "She asked Work and Income about the grant.",
        "He told me about Georgia, where he grew up.",
        "Asked about Christmas, she smiled.",
    ],
)
def test_things_and_kin_after_the_same_verbs_stay(text: str) -> None:
    assert redact(text) == text
