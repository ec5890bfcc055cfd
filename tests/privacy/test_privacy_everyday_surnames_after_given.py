"""A listed surname that is also a word always read as ordinary (a colour, a language, a
quality) is the family name when it ends a name run right after a listed given name; it
stays an ordinary word before a noun it describes, and after a word that is no given name."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I met Jenny Black in the waiting room.", "Black"),
        ("Session with Tom Wise.", "Wise"),
        ("We spoke to Mark English about the referral.", "English"),
        ("Dear Sam Coles, thank you for coming.", "Coles"),
    ],
)
def test_everyday_surname_after_given_name_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Her English class went well and she read aloud.",
        "Zum Iftar gab es Datteln und Qabuli Palau, und er hat gekocht.",
        "We watched the Black Panther film together.",
    ],
)
def test_everyday_word_stays(text: str) -> None:
    assert redact(text) == text
