"""Kinship words of Turkish, Azerbaijani, Kazakh, Kyrgyz and Slavic languages that are also
listed given names or surnames ("Anne", "Ata", "Ene", "Xala", "Tate") are the relative right
after an owner; alone, or after a word of calling, they stay names."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "On Nauryz she cooked kozhe with her Ene and felt calm all day.",
        "He prayed for his Ata at the cemetery, then slept well.",
        "Her Anne called twice during Bayram, and she answered both times.",
        "She baked şəkərbura with her Xala on Sunday morning.",
    ],
)
def test_owned_kin_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Anne came to the session late and left early.", "Anne"),
        ("They call her Anne at school, not by her Turkish name.", "Anne"),
        ("Ata Yilmaz is the client's teacher.", "Yilmaz"),
    ],
)
def test_names_stay_removed(text: str, value: str) -> None:
    assert_gone(text, value)
