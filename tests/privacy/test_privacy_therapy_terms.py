"""Roles and stages of therapy models written with capitals are no one's name; a name
beside them still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._therapy_terms import keep_therapy_terms, terms


def test_the_list_loads_without_its_comments() -> None:
    assert "rescuer" in terms()
    assert not any(w.startswith("#") for w in terms())


@pytest.mark.parametrize(
    "text",
    [
        "He moves from Persecutor to Rescuer whenever his mother calls.",
        "She placed herself between Precontemplation and Preparation.",
        "We thanked the Firefighter part for trying to protect her.",
    ],
)
def test_terms_stay(text: str) -> None:
    assert redact(text) == text


def test_a_name_beside_a_term_still_goes() -> None:
    assert "Oyelaran" not in redact("Oyelaran moved from Rescuer to Persecutor in one evening.")


def test_a_candidate_with_another_word_is_kept() -> None:
    text = "from Rescuer Okafor"
    cand = [(5, len(text), "name")]
    assert keep_therapy_terms(text, cand) == cand
