"""Medicines named in a note, by their generic or brand name, are not identifiers; a person
named beside them still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact

KEPT = [
    "She started Vivitrol last month and says the mornings are easier.",
    "Switched from Depakote to Lamictal; the mood swings are smaller.",
    "Since the Sublocade shot he has not used, a 7 on the scale.",
    "Her psychiatrist added Rexulti and she sleeps through most nights.",
    "Buspirone helped more than the Vistaril did, she says.",
    "He carries Kloxxado now and showed his brother how to use it.",
    "Chantix made the dreams vivid but she has been smoke-free for six weeks.",
    "Took Lunesta twice this week instead of every night: a small win.",
    "Intuniv in the evening and Focalin in the morning; school reports are better.",
    "The Zyprexa weight gain bothered him, so they moved him to Latuda.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_medicine_by_its_name_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marisol started Vivitrol last month and says the mornings are easier.", "Marisol"),
        ("Her sister Oksana reminds her to take the Depakote.", "Oksana"),
        ("Since the Sublocade shot, Deshawn has not used.", "Deshawn"),
    ],
)
def test_a_person_beside_a_medicine_still_goes(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


def test_a_medicine_that_names_a_town_is_left_to_the_place_rules() -> None:
    # Norco is a town in California as well as a painkiller: "in Norco" is a place
    assert "Norco" not in redact("They moved to a rental in Norco after the eviction.")
