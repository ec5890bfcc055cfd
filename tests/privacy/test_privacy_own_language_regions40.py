"""States and provinces named as their people write them ("Québec", "Sachsen", "Skåne",
"Fryslân", "Minas Gerais", "Euskadi") are regions Safe Harbor keeps, like "Quebec" or
"Bavaria"; a town inside one is still removed."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "It is polite in Québec to greet the teacher first.",
        "They moved from Thüringen to Niedersachsen for work.",
        "She grew up in Fryslân and still speaks Frisian at home.",
        "Her family is from Jämtland, up north.",
        "He spent the summer in Finnmark with his uncle.",
        "Her parents came from Minas Gerais before she was born.",
        "Every Eid they cook rendang the way it is made in West Sumatra.",
        "He misses Euskadi and the sea.",
        "The family moved from Michoacán to the valley.",
        "His family is from Tigray, and the war is on his mind.",
        "She left Sichuan at nineteen and misses the food.",
        "They flew home to Hawaiʻi for the holidays.",
    ],
)
def test_regions_in_their_own_language_stay(text: str) -> None:
    assert redact(text) == text


def test_a_town_beside_a_region_still_goes() -> None:
    out = redact("She lives in Hörby, in Skåne, with her mother.")
    assert "Hörby" not in out
    assert "Skåne" in out
