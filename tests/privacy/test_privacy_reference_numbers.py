"""File and record references whose shape no date, score, fraction or sum of money has."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

REFERENCES = [
    (
        "Her file is 2021/00413 at the community clinic.",
        "Her file is [id] at the community clinic.",
    ),
    ("the referral (ref GH/2022/10455) came late", "the referral (ref [id]) came late"),
    ("Court file 2023/FAM/3381 was mentioned.", "Court file [id] was mentioned."),
    ("Dossier 5521/2024, second meeting today.", "Dossier [id], second meeting today."),
    ("tarjeta 7713/19 del centro de salud", "tarjeta [id] del centro de salud"),
    ("Her id on the form: 044-281186-0019F.", "Her id on the form: [id]."),
    ("the letter quoted 512 330 774J again", "the letter quoted [id] again"),
    ("la cédula E-21.337.904 quedó en la carpeta", "la cédula [id] quedó en la carpeta"),
]
NOT_REFERENCES = [
    "On 14/08/2024 she went back to school.",
    "Blood pressure was 135/85 and she felt calm.",
    "She rated the week 7/10, up from 4/10.",
    "It was a hard school year (2022/2023) for all of them.",
    "The 2023/24 season was his first without a relapse.",
    "She walks 1500/2000 steps a day now.",
    "Support is 24/7 on that line.",
    "Her MoCA was 26/30 and the GAD-7 went down.",
    "They owed 12.500.000 pesos and paid half.",
    "The odds were 1/10000, he said, and laughed.",
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_reference_numbers_go(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_dates_scores_and_sums_are_not_references(text: str) -> None:
    if "14/08/2024" in text:
        assert redact(text) == "On [date] she went back to school."
    else:
        assert_kept(text)
