"""Dishes, feasts and titles of two nouns joined by "de" stay; a listed name or town in the
run, a word of a place's or body's kind, or a word before a place keeps it a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._joined_phrases import keep_joined_phrases
from bot.privacy._lexicon import lexicon


@pytest.mark.parametrize(
    "text",
    [
        "The Avó brought Pão de Queijo for everyone and we scaled hope.",
        "On the day of the Festa de Iemanjá she dressed in white.",
        "She loves Arroz de Pato, and he cooked it on Sunday.",
        "Her nonna made Pasta di Mandorle for the whole family.",
        "They ate Sopa de Frijol together after the session.",
    ],
)
def test_everyday_phrases_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her Tia from Figueira da Foz stayed with them.", "Figueira"),
        ("He remembered a trip to Punta del Este.", "Punta"),
        ("She met Rosário de Fátima at church.", "Fátima"),
        ("He joined the Escola de Samba last year.", "Samba"),
        ("Mi hermana lives in the Rua do Futuro now.", "Futuro"),
        ("His appointment on Cours de Rive went fine.", "Rive"),
        ("They moved to a flat on Quai des Bergues in spring.", "Bergues"),
        ("She grew up on Chemin des Crêts, near the lake.", "Crêts"),
    ],
)
def test_places_bodies_and_people_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_only_a_whole_candidate_is_read() -> None:
    text = "They ate at Casa Pão de Queijo Grande today."
    start = text.index("Casa")
    cand = [(start, text.index(" today"), "org")]
    assert keep_joined_phrases(text, cand, lexicon()) == cand
