"""Kinship words of Azerbaijani, Central Asian, Persian, Kurdish, Arabic, Armenian, Georgian
and Andean speech, and festivals, rites and dishes of those regions, stay as everyday words
when a practitioner capitalises them; a client's name beside them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday she baked Paxlava with her Nənə and set the Süfrə herself.",
        "He broke the fast at Iftar with his Khalto, then went to Tarawih.",
        "Her Dayik and Bapîr came for Newroz and nobody shouted.",
        "She drinks Soorj with her Hars every evening now.",
        "The Taita and the Mamita came to the session together.",
        "We talked about Yalda night, Tahdig and the Sofreh at her Khaleh's.",
        "Her week: Plov with Nənə, Şəkərbura on Friday, and tea at the Süfrə.",
        "Tahdig, Fesenjan, Kuku: she cooked all three with Khaleh.",
    ],
)
def test_everyday_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On Sunday Leyla baked with her Nənə and felt calm.", "Leyla"),
        ("Her Khalto Samira drove her to Iftar.", "Samira"),
    ],
)
def test_names_beside_them_go(text: str, value: str) -> None:
    assert_gone(text, value)
