"""Two-letter prepositions typed before a name ("hijo de Pedro", "de la Yomaira", "fue
al Mercado") name no one: they stay and the name after them goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, group

PREPOSITIONS = [
    ("ayer hablamos de Yomaira en la sesión", "Yomaira", "de"),
    ("fue a la casa de la Yomaira ayer", "Yomaira", "de la"),
    ("a irmã da Zuleide ligou ontem", "Zuleide", "da"),
    ("el hermano de Yomaira llamó ayer", "Yomaira", "de"),  # after a kin head left out
]

STILL_REMOVED = [
    ("la casa de Valderrama en el barrio", "Valderrama"),  # the name after it still goes
    ("she saw de Souza at the clinic today", "Souza"),
]


@pytest.mark.parametrize(("text", "name", "kept"), group("prep", PREPOSITIONS))
def test_prepositions_stay_names_go(text: str, name: str, kept: str) -> None:
    assert_gone(text, name)
    assert f" {kept} [name]" in redact(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_surname_particles_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
