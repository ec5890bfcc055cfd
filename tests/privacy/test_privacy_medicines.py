"""Generic medicine names, known by their INN stems, stay: "on Sertraline and Prazosin".
Names that only look alike ("April", "Karanvir") and people beside a medicine are removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._medicines import medicine


@pytest.mark.parametrize(
    "text",
    [
        "Dx: PTSD, on Sertraline and Prazosin. Sleep improved since March.",
        "Her GP added Doxazosin and Ramipril after the review.",
        "She takes Tadalafil, Bisoprolol and Candesartan now.",
    ],
)
def test_a_medicine_named_by_its_stem_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("word", ["April", "Karanvir", "Terrapin", "Guidone", "Rafil"])
def test_names_that_only_end_alike_are_not_medicines(word: str) -> None:
    assert not medicine(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karanvir said the Prazosin helps with the nightmares.", "Karanvir"),
        ("Guidone came in on Risperidone and asked about weight gain.", "Guidone"),
    ],
)
def test_a_person_beside_a_medicine_is_still_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert "Prazosin" in out or "Risperidone" in out
    assert redact(out) == out
