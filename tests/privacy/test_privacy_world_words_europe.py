"""Everyday places, meals and things of Central and Eastern European and Baltic languages,
capitalised by a practitioner who code-switches, stay; a name beside them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "Her plan: Apteka, Poczta, then Sklep, all on her own.",
        "Dimineața Cafea, apoi Piață, seara Cină cu Vecini.",
        "She walked to the Aptieka and the Tirgus without calling me.",
        "Hommikul Apteek, siis Raamatukogu, she said it felt normal.",
    ],
)
def test_everyday_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her plan: Apteka with Bożena, then Sklep.", "Bożena"),
        ("Dimineața Cafea with Ionela at the Piață.", "Ionela"),
    ],
)
def test_names_beside_them_go(text: str, value: str) -> None:
    assert_gone(text, value)
