"""Capitalised words right after an owner: relations and things, not people.

"her Nyirakuru", "his Babulia" (in no list) and "her Anna" among owned kinship words ("her
Amma, her Appa, her Anna and her Thangachi") stay; a name after a kinship word, after "call
her", a listed town or a name with no owned kinship word beside it is still removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "She prays the rosary with her Nyirakuru every evening.",
        "He stayed until midnight with his Babulia.",
        "Her Amma, her Appa, her Anna and her Thangachi all live in one house.",
        "His Buwa, his Aama, his Dai and his Bhauju all live together.",
        "Her Yeay, her Ta, her Om and her Bong all came for the new year.",
        "his mum, his Dai and his Bhauju came to the session",
        "Aitys on the TV in the background, her Ata's favourite.",
        "He jumped the fire, though his Ata was not there.",
    ],
)
def test_owned_words_stay(text: str) -> None:
    out = redact(text)
    assert out == text
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She went with her Tata Ndèye to the market.", "Ndèye"),
        ("Please call her Gigi, not her full name.", "Gigi"),
        ("She drove to her Brixton flat after group.", "Brixton"),
        ("Her sister Anna came along and her Anna was not there.", "Anna"),
        ("He talked about his Nkechi and how she helps.", "Nkechi"),
        ("She talked about her Ata Bolat and his farm.", "Bolat"),
        ("She said her Anna was upset with her.", "Anna"),
        ("Her manager, her colleague and her Anna came.", "Anna"),
    ],
)
def test_names_after_owners_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "Sekuru, Tete, Babamukuru, Maiguru, Ambuya and Mainini all came to the meeting.",
        "Tata, Mama, Koko, Yaya and Leki all came to the family session.",
        "Mame and Yaay came to the session together.",
    ],
)
def test_kinship_words_listed_with_kinship_words_stay(text: str) -> None:
    out = redact(text)
    assert out == text
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Mum and Anna came to the session.", "Anna"),
        ("Tata Ndèye and her son came.", "Ndèye"),
        ("Mame Diarra and Yaay came together.", "Diarra"),
    ],
)
def test_names_listed_with_kin_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out  # idempotent
