"""Places typed in lower case after a Portuguese or Spanish verb of living, coming from or
being from: one word in no list or a listed town, or two words ending in one; everyday nouns
of a place, means of travel and clauses that go on after the word stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("ela disse que mora no cajueirinho, perto da padaria", "cajueirinho"),
        ("ele contou que é da vilinha e que gosta de lá", "vilinha"),
        ("dijo que vive en quebradillas con la abuela desde enero", "quebradillas"),
        ("a mãe disse que o filho mora em taboão desde que casou", "taboão"),
        ("ela veio da vila esperancinha sozinha e disse que gostou", "esperancinha"),
        ("dijo que ella es del ensanche ozama y que no quiere mudarse", "ozama"),
    ],
)
def test_places_after_verbs_of_living_are_removed(text: str, gone: str) -> None:
    assert_replaced(text, gone, "place")


@pytest.mark.parametrize(
    "text",
    [
        "ela disse que mora em casa com a mãe e o padrasto desde janeiro",
        "ele contou que é da igreja e que vai todo domingo com a avó",
        "ela disse que veio de ônibus porque o carro quebrou ontem",
        "dijo que vive en la ciudad con su papá desde que era chica",
        "ele disse que mora na roça e que a escola fica longe",
        "ela veio do trabalho cansada e disse que dormiu cedo",
    ],
)
def test_everyday_places_and_means_of_travel_stay(text: str) -> None:
    assert_kept(text)
