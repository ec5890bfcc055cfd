"""A word of another language glossed or named as a word stays, even when it is a given
name too; a name talked about as a name, or a person, still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

GLOSSED = [
    "The word she used was Esperanza, which means hope, and she smiled saying it.",
    "Amal means hope in Arabic, and she said that is what she has now.",
    "Farah means joy and she laughed when I asked the scaling question.",
    "Omid is hope in Farsi; she wrote it on the whiteboard.",
    "Noor (light in Arabic) is the word she chose for the good days.",
    "She calls it Paz, which means peace, and it is her word for the quiet evenings.",
    "Consuelo is the Spanish word for comfort, and that is what the choir gives her.",
]

PEOPLE = [
    ("Her name Farah means joy and she loves that.", "Farah"),
    ("Noor, whose name means light, came in late today.", "Noor"),
    ("Tomás means well but forgets the homework.", "Tomás"),
    ("She has court with Carlos on Monday, which means a late night for everyone.", "Carlos"),
    ("Ana means to call her mother this weekend.", "Ana"),
    ("Sofia means everything to her grandmother.", "Sofia"),
    ("Diego, meaning her son, did not come this week.", "Diego"),
    ("Dr. Luz means well.", "Luz"),
    ('Dalia (means "vine") said she wants to finish school first.', "Dalia"),
    ("Lumi, meaning snow, told me the week was calmer.", "Lumi"),
]


@pytest.mark.parametrize("text", group("glossed", GLOSSED))
def test_a_word_glossed_as_a_word_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("people", PEOPLE))
def test_a_name_or_a_person_still_goes(text: str, value: str) -> None:
    assert_gone(text, value)
