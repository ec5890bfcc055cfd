"""A lower-case word in no list of everyday words is a person's name after an owner and a
relative's word ("his chettan abhijith"), before an Assamese or Bengali word of address said
after a name ("nirmali mahi"), after a role and "is" ("the cousin is ibanri not ibari") and in
a list after "names:"; relatives' words, everyday words and English verbs in those slots stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("his chettan vishnudas had come along for once", ["vishnudas"]),
        ("her akka kaveri walked her to the stop", ["kaveri"]),
        ("my abuela remedios makes the best soup", ["remedios"]),
        ("her brother tauvela came to pick her up", ["tauvela"]),
        ("different: bijoylakhi baideu drove her both times", ["bijoylakhi"]),
        ("call the client's aunt: pranjita mahi, any evening", ["pranjita"]),
        ("sorry, the client above is rajeshwar, not the other one", ["rajeshwar"]),
        ("correction: the cousin is iaishah not iasha, different girl", ["iaishah", "iasha"]),
        (
            "names: aputiarjuk, qilaq and naalak (the three siblings)",
            ["aputiarjuk", "qilaq", "naalak"],
        ),
    ],
)
def test_lower_case_name_beside_a_relative_or_role_is_removed(text: str, names: list[str]) -> None:
    out = redact(text)
    for name in names:
        assert name not in out
    assert "[name]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "her amma stopped calling during class",
        "his chettan said it was fine",
        "my pa gebel every sunday",
        "her mother said she was calmer",
        "the client is better this week, slept most nights",
        "the cousin is older, not younger",
        "his dada makes chai every morning and her mahi sings",
        "names: tbc, will confirm later",
    ],
)
def test_relatives_and_everyday_words_in_the_same_slots_stay(text: str) -> None:
    assert redact(text) == text
