"""Closed-class words of a code-switched stretch, and Spanish feasts and holy titles.

Words of Hindi-Urdu, Marathi, Gujarati, Bengali or Spanish typed in lower case inside a
sentence or quote of that language ("bas wahi likh rahi hoon", "no me pregunta nada") stay;
so do feasts and holy titles built from a head word ("Día de la Independencia", "Domingo de
Ramos"). Names in the same texts are still removed: a listed name before a postposition or
honorific ("rohit ne kaha", "meena didi"), a name after a title, a lower-case name in an
English clause, and "Señora de Ortega", which addresses a person.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._code_switched_words import may_hold
from bot.privacy._feast_titles import feast_titles


@pytest.mark.parametrize(
    "text",
    [
        'he said "kuch nahi hota yaar, bas chalta hai" and laughed for once',
        'she told me "ghar mein shanti thi aaj" and we sat with that',
        'in her words "kal raat neend aayi thi, bas itna hi"',
        'mom said "ami kichhu bujhi na" and then smiled a little',
        'then she said "woh hans rahi thi" and cried',
        'Aaji said "mala kahi nahi samajla" and laughed',
        'she said "no me pregunta nada, solo me escucha" and that helped',
        'he kept saying "pues nada, ya veremos" all session',
        'bueno, short one today. she said "me siento mejor, de verdad" and laughed',
        'bas, that was it. she said "aaj kuch nahi hua" and went home',
        'he said "didi aaj sab theek hai" at the end',
        'she said "phir usne akele sab sambhala tha" and smiled',
    ],
)
def test_code_switched_stretch_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "The family went out on the Día de la Independencia and he enjoyed the parade.",
        "On Domingo de Ramos they wove palm crosses together.",
        "She walked in the procession for the Virgen de la Caridad del Cobre this year.",
        "They prayed to Nuestra Señora de Guadalupe and ate tamales after.",
        "Every December she goes to the Misas de aguinaldo with her grandmother.",
        "Her mother prays to the Purísima every night.",
    ],
)
def test_feast_titles_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("today rohit said kuch nahi hua yaar", "rohit"),
        ("meena didi ne bola ki sab theek hai", "meena"),
        ("today diya said she felt better, kuch halka sa", "diya"),
        ('mr sharma ne kaha "bas ho gaya"', "sharma"),
        ('he said "didi rekha ne bola tha" later', "rekha"),
        ("bueno said he would come back next week", "bueno"),
        ("Mass was at Iglesia Nuestra Señora de la Paz in town.", "Paz"),
        ("She met Señora de Ortega at the clinic on Monday.", "Ortega"),
        ("Her son Domingo came to the session with her today.", "Domingo"),
    ],
)
def test_names_beside_code_switched_words_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_gate_needs_a_word_of_a_class() -> None:
    assert may_hold(["client", "said", "bas"])
    assert not may_hold(["client", "said", "nothing"])


def test_title_needs_its_head_and_a_capital_after_de() -> None:
    assert feast_titles("on the Día de Reyes") == [(7, 19)]
    assert feast_titles("Señora de Ortega came") == []
    assert feast_titles("Domingo de Souza came") == []


@pytest.mark.parametrize(
    "text",
    [
        "su abuela tiene 94 años and still cooks for everyone on Sundays",
        "ella dijo que su abuela tiene miedo del perro, so we practised with a toy",
    ],
)
def test_a_kinship_word_left_by_the_clause_is_no_name(text: str) -> None:
    assert "abuela" in redact(text).split()
