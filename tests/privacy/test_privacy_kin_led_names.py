"""A lower-case word in no list of everyday words is a person's name after an owner and a
relative's word ("his chettan abhijith"), before an Assamese or Bengali word of address said
after a name ("nirmali mahi"), and in a list after "names:"; a listed given name after a role
and "is" ("the cousin is leilani not leila"); relatives' words, everyday words, English verbs
and other languages' adjectives ("the client is tranquila") in those slots stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("his chettan vishnudas had come along for once", ["vishnudas"]),
        ("her akka kaveri walked her to the stop", ["kaveri"]),
        ("my abuela remedios makes the best soup", ["remedios"]),
        ("her brother tauvela came to pick her up", ["tauvela"]),
        ("different: bijoylakhi baideu drove her both times", ["bijoylakhi"]),
        ("call the client's aunt: pranjita mahi, any evening", ["pranjita"]),
        ("sorry, the client above is priya, not the other one", ["priya"]),
        ("correction: the cousin is leilani not leila, different girl", ["leilani", "leila"]),
        (
            "names: aputiarjuk, qilaq and naalak (the three siblings)",
            ["aputiarjuk", "qilaq", "naalak"],
        ),
    ],
)
def test_lower_case_name_beside_a_relative_or_role_is_removed(text: str, names: list[str]) -> None:
    for name in names:
        assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "her amma stopped calling during class",
        "his chettan said it was fine",
        "my pa gebel every sunday",
        "her mother said she was calmer",
        "the client is better this week, slept most nights",
        "the cousin is older, not younger",
        "the client is tranquila.",  # an adjective of another language after "is"
        "my client is contenta, she said",
        "his dada makes chai every morning and her mahi sings",
        "names: tbc, will confirm later",
    ],
)
def test_relatives_and_everyday_words_in_the_same_slots_stay(text: str) -> None:
    assert redact(text) == text
