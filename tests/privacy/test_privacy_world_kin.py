"""Kinship words of more languages, capitalised as a family's own word for a relative,
stay ("her Neny", "his Yiayia", "Txiv came"); the relative's own name after one still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "Her Neny phoned twice this week and the calls felt easier.",
    "He helped his Yiayia with the shopping on Saturday.",
    "Txiv stayed home, but the younger brother came along.",
    "The client's Saas moved in with them in March and the kitchen is tense.",
    "She said her Chikkamma is the only one who listens without advice.",
    "His Pappous taught him to fish and that is where he feels calm.",
]
FOUND = [
    ("Neny Voahangy came with the kids.", "[name] came with the kids."),
    ("Yiayia Eleni cooked all day.", "[name] cooked all day."),
    ("Her Saas, Kamlesh Devi, called.", "Her Saas, [name], called."),
]


@pytest.mark.parametrize("text", KEPT)
def test_kinship_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_names_after_kinship_words_go(text: str, expected: str) -> None:
    assert redact(text) == expected
