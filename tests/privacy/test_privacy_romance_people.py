"""Lower-case names in a person's slot of French, Spanish, Portuguese and Romanian chat: before a
verb of speaking or coming, after an owner and a relative's word, after Romanian "lui" and after
the personal "a" of Spanish; pronouns, relatives and everyday words in the same slots stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ok alors teiki est venu avec son papa", ["teiki"]),
        ("super séance. vaimiti a dit que ça allait mieux", ["vaimiti"]),
        ("tehotu et ranitea sont venus ensemble", ["tehotu", "ranitea"]),
        ("son copain tamatoa l'a remarqué aussi", ["tamatoa"]),
        ("el día que salió con su prima yoselin no lloró", ["yoselin"]),
        ("ayer vi a deyanira en la plaza", ["deyanira"]),
        ("bunicul lui costache e la spital", ["costache"]),
        ("ayer llamé a yesenia por teléfono", ["yesenia"]),
    ],
)
def test_lower_case_name_in_a_romance_persons_slot_is_removed(text: str, names: list[str]) -> None:
    for name in names:
        assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "il a dit que ça allait mieux",
        "ela chegou no horário quatro vezes",
        "sa maman est venue la chercher",
        "si votre fille était ici, qu'est-ce qu'elle dirait",
        "he said minha filha voltou a estudar",
        "ti-loup a dit que c'était bien",
        "o menino disse que a escola fica longe de casa",
        "ontem vi a menina na escola",
    ],
)
def test_pronouns_relatives_and_verbs_in_the_same_slots_stay(text: str) -> None:
    assert redact(text) == text
